/**
 * `regulatory-status`: FDA approved, registered or cleared, other official
 * approvals, and medical or prescription grades presented as a cosmetic's
 * status (claims primer, family 7).
 */
import {defineRule} from '@claimlint/core'
import {lexicon} from './lexicon.js'

/** The `regulatory-status` rule: official approvals and drug grades claimed for a cosmetic. */
export const regulatoryStatus = defineRule({
  meta: {
    id: 'regulatory-status',
    description: 'Official approval, registration or drug-grade status claimed for a cosmetic',
    family: 7,
    kind: 'regulatory-status claim',
    rationale:
      'Cosmetics are not approved by FDA, the EU, the MHRA or Health Canada: they are notified or listed, and FDA facility ' +
      'registration is a legal duty, not an endorsement. Copy that says "FDA approved", "FDA-registered facility" or "medical grade" ' +
      'tells buyers an authority vetted the product, which is false, and "medical" or "prescription" grades present it as a drug. ' +
      'Stating that copy merely complies with the rules is reported as a warning: it presents a legal baseline as a merit.',
    basis: {
      us: 'FD&C Act §§201(i), 602 and 607 (MoCRA facility registration); FTC Act §5',
      eu: 'Reg. (EC) 1223/2009 Art. 20; Reg. (EU) 655/2013 common criterion 1',
      uk: 'UK Cosmetic Regulation Art. 20; CAP Code 3.1 and 12.1',
      ca: 'Food and Drugs Act s. 24; Cosmetic Regulations s. 30 (notification)'
    },
    references: [
      {jurisdiction: 'us', title: 'FDA: FDA Authority Over Cosmetics: How Cosmetics Are Not FDA-Approved, but Are FDA-Regulated', url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/fda-authority-over-cosmetics-how-cosmetics-are-not-fda-approved-are-fda-regulated'},
      {jurisdiction: 'us', title: 'FDA: Registration and Listing of Cosmetic Product Facilities and Products', url: 'https://www.fda.gov/cosmetics/registration-listing-cosmetic-product-facilities-and-products'},
      {jurisdiction: 'us', title: 'FDA: Cosmeceutical', url: 'https://www.fda.gov/cosmetics/cosmetics-labeling-claims/cosmeceutical'},
      {jurisdiction: 'eu', title: 'Regulation (EC) No 1223/2009, Article 20', url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj'},
      {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Cosmetic Notification Form', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/cosmetics/cosmetic-notification-form.html'}
    ],
    severity: 'error',
    evidenceStatus: 'prohibited',
    fixable: false,
    remedy: 'drop the official status'
  },
  lexicon
})
