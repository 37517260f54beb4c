/**
 * `miracle-claim`: overnight, instant, miracle, guaranteed, permanent and
 * time-bound results, and comparisons with drugs, devices and procedures
 * (claims primer, family 5).
 */
import {defineRule, type EvidenceKind} from '@claimlint/core'
import {lexicon, timeBound} from './lexicon.js'

/** Evidence that measures a result, and so can back when it shows. */
const measuredKinds: readonly EvidenceKind[] = ['in-vivo', 'instrumental']

/** The `miracle-claim` rule: miracle, instant, permanent and time-bound results and procedure comparisons. */
export const miracleClaim = defineRule({
  meta: {
    id: 'miracle-claim',
    description: 'Miracle, instant, overnight, guaranteed, permanent or time-bound results, and comparisons with drugs and procedures',
    family: 5,
    kind: 'miracle claim',
    rationale:
      'Overnight, instant, permanent and guaranteed results, and comparisons with Botox, fillers or lasers, promise more than a ' +
      'cosmetic can show. Regulators treat them as unsubstantiated or untruthful efficacy claims unless evidence matches the exact ' +
      'promise, and a comparison with a drug or procedure also suggests a drug use. Use wording, optical and make-up effects ' +
      '(`overnight mask`, `instantly covers redness`) are not reported. With a claims register, a promised timing (`results in 7 ' +
      'days`) that cites an entry with in-vivo or instrumental evidence passes; miracle, instant, permanent and guaranteed results do not.',
    basis: {
      us: 'FTC Act §§5 and 12, 15 U.S.C. 45 and 52; FD&C Act §201(g)(1) for drug comparisons',
      eu: 'Reg. (EU) 655/2013, common criteria 2 (truthfulness) and 3 (evidential support)',
      uk: 'CAP Code 3.1, 3.7 and 12.1',
      ca: 'Competition Act s. 74.01; Health Canada cosmetic claims guidelines'
    },
    references: [
      {jurisdiction: 'us', title: 'FTC Act §5, 15 U.S.C. 45', url: 'https://www.law.cornell.edu/uscode/text/15/45'},
      {jurisdiction: 'us', title: 'FTC Act §12, 15 U.S.C. 52', url: 'https://www.law.cornell.edu/uscode/text/15/52'},
      {jurisdiction: 'us', title: 'FTC Policy Statement Regarding Advertising Substantiation', url: 'https://www.ftc.gov/legal-library/browse/ftc-policy-statement-regarding-advertising-substantiation'},
      {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 3 (misleading advertising)', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/03.html'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12 (medicines, medical devices, health-related and beauty products)', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Competition Act, s. 74.01 (performance claims)', url: 'https://laws-lois.justice.gc.ca/eng/acts/C-34/section-74.01.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
    ],
    severity: 'warn',
    evidenceStatus: 'missing',
    fixable: false,
    remedy: 'promise only what the evidence shows'
  },
  lexicon,
  keep(match, context) {
    // A promised timing cited to a register entry with measured evidence is
    // what the claim needs; expiry and markets are register-expired's and
    // register-market's to judge. Miracle, instant and permanent results stay.
    if (!timeBound.has(match.entry) || !context.register) return true
    const tie = context.register.ties(match.sentence).find((found) => measuredKinds.includes(found.entry.evidence.kind))
    if (!tie) return true
    context.recordClaim({start: match.start, end: match.end, entry: match.entry, status: 'backed', register: tie.entry})
    return false
  }
})
