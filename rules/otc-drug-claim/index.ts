/**
 * `otc-drug-claim`: sunscreen, antiperspirant, anti-dandruff and skin
 * protectant claims, which make a product an OTC drug in the US (claims
 * primer, family 10).
 */
import {defineRule} from '@claimlint/core'
import {lexicon} from './lexicon.js'

/** The `otc-drug-claim` rule: sunscreen, antiperspirant, dandruff and skin protectant drug claims. */
export const otcDrugClaim = defineRule({
  meta: {
    id: 'otc-drug-claim',
    description: 'Sunscreen, antiperspirant, anti-dandruff and skin protectant claims that make a product an OTC drug',
    family: 10,
    kind: 'OTC drug claim',
    rationale:
      'In the US, SPF and sunburn protection, stopping sweat, controlling dandruff and protecting chapped skin are drug uses covered ' +
      'by OTC monographs: a product making them is a drug that must follow its monograph and carry Drug Facts. The mandated ' +
      'sunscreen and tanning warnings ("Skin Cancer/Skin Aging Alert…") are not reported.',
    basis: {
      us: 'FD&C Act §§201(g)(1) and 505G; 21 CFR 201.327, 347, 350 and 358',
      eu: 'Commission Recommendation 2006/647/EC (sun protection claims); Reg. (EU) 655/2013',
      uk: 'CAP Code 12.1 and 12.2',
      ca: 'Food and Drugs Act s. 2; Health Canada sunscreen monograph'
    },
    references: [
      {jurisdiction: 'us', title: '21 CFR 201.327, Over-the-counter sunscreen drug products; required labeling', url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-C/part-201/subpart-G/section-201.327'},
      {jurisdiction: 'us', title: '21 CFR Part 350, Antiperspirant drug products for over-the-counter human use', url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-350'},
      {jurisdiction: 'us', title: '21 CFR Part 358, Miscellaneous external drug products (dandruff)', url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-358'},
      {jurisdiction: 'us', title: '21 CFR Part 347, Skin protectant drug products', url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-347'},
      {jurisdiction: 'eu', title: 'Commission Recommendation 2006/647/EC on the efficacy of sunscreen products', url: 'https://eur-lex.europa.eu/eli/reco/2006/647/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Sunscreen monograph', url: 'https://webprod.hc-sc.gc.ca/nhpid-bdipsn/atReq?atid=sunscreen-ecransolaire&lang=eng'}
    ],
    severity: 'error',
    evidenceStatus: 'prohibited',
    fixable: false,
    remedy: 'make it only under its OTC drug monograph, or describe a cosmetic effect'
  },
  lexicon
})
