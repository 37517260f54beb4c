/** Legal basis and texts shared by the rules that read the claims register: claims need evidence before they run. */
import type {Jurisdiction, Reference} from '@claimlint/core'

/** Short legal basis per market, cited in messages. */
export const substantiationBasis: Partial<Record<Jurisdiction, string>> = {
  us: 'FTC Act §§5 and 12, 15 U.S.C. 45 and 52 (prior substantiation)',
  eu: 'Reg. (EU) 655/2013, common criterion 3 (evidential support)',
  uk: 'CAP Code 3.7 and 12.1',
  ca: 'Competition Act s. 74.01(1)(b); Health Canada cosmetic claims guidelines'
}

/** Texts behind the need for evidence, per market. */
export const substantiationReferences: readonly Reference[] = [
  {jurisdiction: 'us', title: 'FTC Policy Statement Regarding Advertising Substantiation', url: 'https://www.ftc.gov/legal-library/browse/ftc-policy-statement-regarding-advertising-substantiation'},
  {jurisdiction: 'us', title: 'FTC Act §12, 15 U.S.C. 52', url: 'https://www.law.cornell.edu/uscode/text/15/52'},
  {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
  {jurisdiction: 'uk', title: 'CAP Code, section 3 (misleading advertising)', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/03.html'},
  {jurisdiction: 'ca', title: 'Competition Act, s. 74.01 (performance claims and tests)', url: 'https://laws-lois.justice.gc.ca/eng/acts/C-34/section-74.01.html'},
  {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
]
