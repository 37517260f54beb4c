/**
 * `biologic-claim`: exosome and stem cell therapies, live or human-derived
 * cells and tissues, injections and PRP presented in cosmetic copy (claims
 * primer, family 8).
 */
import {defineRule, type Match} from '@claimlint/core'
import {lexicon} from './lexicon.js'

/**
 * Whether the copy only names the science behind a formula (`inspired by
 * exosome science`, `a PRP-inspired serum`) rather than claiming the
 * material or the therapy.
 */
function isInspiration(match: Match): boolean {
  const {tokens} = match.sentence
  const after = tokens[match.last + 1]?.norm
  if (after === 'inspired' || after === 'inspiration') return true
  return tokens.slice(Math.max(0, match.first - 3), match.first).some((t) => t.norm === 'inspired' || t.norm === 'inspiration')
}

/** The `biologic-claim` rule: biologic therapies, human-derived material and injections. */
export const biologicClaim = defineRule({
  meta: {
    id: 'biologic-claim',
    description: 'Exosome, stem cell, PRP and other biologic therapies, human-derived cells and injections in cosmetic copy',
    family: 8,
    kind: 'biologic claim',
    rationale:
      'A product that treats with human cells, tissues or their products is a biologic in the US and banned from cosmetics in the EU. ' +
      'FDA has approved no exosome product and warns about unapproved stem cell and exosome products; describing a cosmetic as a ' +
      'therapy, an injection, or a carrier that takes exosomes into the dermis moves it out of the cosmetic category. Plant ' +
      'ingredient names (`apple stem cell extract`) and copy that only cites the science as inspiration are not reported.',
    basis: {
      us: 'PHS Act §351, 42 U.S.C. 262; 21 CFR Part 1271; FD&C Act §201(g)(1)',
      eu: 'Reg. (EC) 1223/2009 Annex II entry 416 and Art. 2(1)(a); Reg. (EC) 1394/2007',
      uk: 'UK Cosmetic Regulation Annex II entry 416; CAP Code 12.1',
      ca: 'Food and Drugs Act s. 2; Safety of Human Cells, Tissues and Organs for Transplantation Regulations'
    },
    references: [
      {jurisdiction: 'us', title: 'PHS Act §351, 42 U.S.C. 262', url: 'https://www.law.cornell.edu/uscode/text/42/262'},
      {jurisdiction: 'us', title: '21 CFR Part 1271, Human Cells, Tissues, and Cellular and Tissue-Based Products', url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-L/part-1271'},
      {jurisdiction: 'us', title: 'FDA: Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes', url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes'},
      {jurisdiction: 'eu', title: 'Regulation (EC) No 1223/2009, Annex II', url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Unapproved stem cell and other cell therapies', url: 'https://www.canada.ca/en/health-canada/services/drugs-health-products/biologics-radiopharmaceuticals-genetic-therapies/cell-therapy.html'}
    ],
    severity: 'error',
    evidenceStatus: 'prohibited',
    fixable: false,
    remedy: 'describe the cosmetic use of the product'
  },
  lexicon,
  keep(match) {
    return !isInspiration(match)
  }
})
