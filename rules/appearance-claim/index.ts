/**
 * `appearance-claim`: bare efficacy verbs on signs of aging and tone, fixed by
 * inserting the appearance qualifier (claims primer, family 3).
 */
import {defineRule} from '@claimlint/core'
import {lexicon} from './lexicon.js'

/** Bare efficacy claims on signs of aging (`reduces fine lines`), fixed to their cosmetic form. */
export const appearanceClaim = defineRule({
  meta: {
    id: 'appearance-claim',
    description: 'Bare efficacy verbs on signs of aging and tone, where the cosmetic form is "the appearance of"',
    family: 3,
    kind: 'unqualified appearance claim',
    rationale:
      'A cosmetic is intended to alter the appearance; copy that says a cream reduces fine lines, erases dark spots or ' +
      'shrinks pores claims to change the skin itself. Regulators read such bare verbs differently (FDA tolerates much ' +
      'of it, Health Canada and the EU common criteria expect the appearance wording and evidence), so the safe, ' +
      'unambiguous rewrite is to say it is the look that changes: "reduces the appearance of fine lines", "smooths the ' +
      'look of wrinkles". The rewrite keeps the meaning of the copy, so these findings carry an automatic fix.',
    basis: {
      us: 'FD&C Act §201(i) and §201(g)(1)(C), 21 U.S.C. 321',
      eu: 'Reg. (EC) 1223/2009 Art. 20; Reg. (EU) 655/2013 common criteria',
      uk: 'UK Cosmetic Regulation Art. 20; CAP Code 12.1',
      ca: 'Health Canada cosmetic claims guidelines'
    },
    references: [
      {jurisdiction: 'us', title: 'FD&C Act §201(i) and §201(g)(1), 21 U.S.C. 321', url: 'https://www.law.cornell.edu/uscode/text/21/321'},
      {jurisdiction: 'us', title: 'FDA: Is It a Cosmetic, a Drug, or Both? (Or Is It Soap?)', url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap'},
      {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
    ],
    severity: 'warn',
    evidenceStatus: 'reword',
    fixable: true,
    remedy: 'say it changes how skin looks'
  },
  lexicon
})
