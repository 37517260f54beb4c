/**
 * `structure-function-claim`: copy saying a product changes the structure or
 * a function of the body (claims primer, family 2). Bare wrinkle or pore
 * claims without the appearance qualifier (`reduces wrinkles`) belong to
 * `appearance-claim` (family 3), which can insert the qualifier.
 */
import {defineRule} from '@claimlint/core'
import {lexicon} from './lexicon.js'

/** Claims that a product changes the structure or a function of the body. */
export const structureFunctionClaim = defineRule({
  meta: {
    id: 'structure-function-claim',
    description: 'Claims to change the structure or a function of the body rather than its appearance',
    family: 2,
    kind: 'structure/function claim',
    rationale:
      'A product intended to affect the structure or any function of the body is a drug in the US, and a cosmetic in the EU, UK ' +
      'and Canada only cleans, perfumes, protects, keeps in good condition or changes the appearance of the external parts of the ' +
      'body. Copy that says a cream regenerates cells, boosts collagen production, regrows hair, dissolves fat, blocks melanin or ' +
      'reaches the bloodstream claims a drug action, and an appearance word does not change that ("visibly regenerates damaged ' +
      'tissue"). Saying how skin looks or feels ("skin looks firmer", "lashes look longer") is cosmetic, and so are the ' +
      'surface, the hair fibre and the nail plate ("penetrates the outer layers", "strengthens hair against breakage").',
    basis: {
      us: 'FD&C Act §201(g)(1)(C), 21 U.S.C. 321(g)(1)(C)',
      eu: 'Reg. (EC) 1223/2009 Art. 2(1)(a) and Art. 20; Directive 2001/83/EC Art. 1(2)(b)',
      uk: 'UK Cosmetic Regulation Art. 2 and Art. 20; CAP Code 12.1',
      ca: 'Food and Drugs Act s. 2 (drug: modifying organic functions); Health Canada cosmetic claims guidelines'
    },
    references: [
      {jurisdiction: 'us', title: 'FD&C Act §201(g)(1)(C) and §201(i), 21 U.S.C. 321', url: 'https://www.law.cornell.edu/uscode/text/21/321'},
      {jurisdiction: 'us', title: 'FDA: Is It a Cosmetic, a Drug, or Both? (Or Is It Soap?)', url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap'},
      {jurisdiction: 'eu', title: 'Regulation (EC) No 1223/2009, Articles 2 and 20', url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj'},
      {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
      {jurisdiction: 'eu', title: 'Directive 2001/83/EC, Article 1(2)', url: 'https://eur-lex.europa.eu/eli/dir/2001/83/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
    ],
    severity: 'error',
    evidenceStatus: 'prohibited',
    fixable: false,
    remedy: 'describe the visible or felt result instead'
  },
  lexicon
})
