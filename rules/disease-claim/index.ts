/**
 * `disease-claim`: a therapeutic verb or noun with a disease or condition,
 * and drug-class adjectives (claims primer, family 1).
 */
import {defineRule, type Match} from '@claimlint/core'
import {lexicon} from './lexicon.js'

/** Words after a condition that make it part of a cosmetic lesion (`acne scars`, `post-acne marks`). */
const lesionHeads = new Set(['scar', 'scars', 'scarring', 'mark', 'marks', 'spot', 'spots'])

/** Keep a match unless its condition only names a mark left behind (`acne scars`). */
function keep(match: Match): boolean {
  const next = match.sentence.tokens[match.last + 1]
  return !(next && next.boundary === 'soft' && lesionHeads.has(next.norm))
}

/** Claims to treat, cure, mitigate or prevent a disease, and drug-class adjectives. */
export const diseaseClaim = defineRule({
  meta: {
    id: 'disease-claim',
    description: 'Claims to treat, cure, mitigate or prevent a disease or condition',
    family: 1,
    kind: 'disease claim',
    rationale:
      'A product intended to diagnose, cure, mitigate, treat or prevent disease is a drug, whatever it is called. ' +
      'Copy that says a cosmetic treats acne, heals eczema or is anti-inflammatory makes it an unapproved new drug in the US ' +
      'and a medicinal product by presentation in the EU and UK. Intended use is read from every claim the brand makes, ' +
      'hedged ("may help relieve eczema") or quoted from a customer ("my psoriasis cleared up"); skin types named after a ' +
      'condition ("for acne-prone skin") are audiences, not claims.',
    basis: {
      us: 'FD&C Act §201(g)(1), 21 U.S.C. 321(g)(1)',
      eu: 'Reg. (EC) 1223/2009 Art. 20; Directive 2001/83/EC Art. 1(2)',
      uk: 'UK Cosmetic Regulation Art. 20; CAP Code 12.1',
      ca: 'Food and Drugs Act s. 2 (drug); Health Canada cosmetic claims guidelines'
    },
    references: [
      {jurisdiction: 'us', title: 'FD&C Act §201(g)(1), 21 U.S.C. 321(g)(1)', url: 'https://www.law.cornell.edu/uscode/text/21/321'},
      {jurisdiction: 'us', title: 'FDA: Is It a Cosmetic, a Drug, or Both? (Or Is It Soap?)', url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap'},
      {jurisdiction: 'us', title: '21 CFR Part 333, topical antimicrobial drug products (antiseptics, acne)', url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-333'},
      {jurisdiction: 'eu', title: 'Regulation (EC) No 1223/2009, Article 20', url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj'},
      {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
      {jurisdiction: 'eu', title: 'Directive 2001/83/EC, Article 1(2)', url: 'https://eur-lex.europa.eu/eli/dir/2001/83/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
    ],
    severity: 'error',
    evidenceStatus: 'prohibited',
    fixable: true,
    remedy: 'describe how skin looks or feels instead'
  },
  lexicon,
  keep
})
