/**
 * `register-expired`: a claim tied to an entry of the claims register whose
 * approval or evidence has expired (issue 8; claims primer, family 6).
 */
import {defineRule, expiredPart, type LexiconEntry, type RegisterEntry} from '@claimlint/core'
import {substantiationBasis, substantiationReferences} from '../substantiation.js'

/** The message data of an expired claim; the remedy is filled in per entry. */
const expired: LexiconEntry = {
  phrases: [],
  note:
    'A claim may run only while the evidence behind it holds: the register dates when an approval or a study stops backing ' +
    'the claim (FTC prior substantiation; Reg. (EU) 655/2013 common criterion 3).',
  remedy: 'renew its evidence in the register, or withdraw the claim'
}

/**
 * Why an entry no longer backs claims on `today`, or undefined. A date is the
 * last day it holds: `expires: 2025-12-31` still backs claims that day.
 */
export function lapseOf(entry: RegisterEntry, today: string, origin: string): string | undefined {
  const part = expiredPart(entry, today)
  if (part === 'approval') return `\`${entry.id}\` in ${origin} expired on ${entry.expires}`
  if (part === 'evidence') return `the evidence of \`${entry.id}\` in ${origin} (${entry.evidence.study}) expired on ${entry.evidence.expires}`
  return undefined
}

/** The `register-expired` rule: claims citing an expired entry or expired evidence. */
export const registerExpired = defineRule({
  meta: {
    id: 'register-expired',
    description: 'Claims tied to an entry of the claims register whose approval or evidence has expired',
    family: 6,
    kind: 'expired claim',
    rationale:
      'Regulatory teams approve a claim for a time: the study ages, the formula changes, the approval is reviewed. The claims ' +
      'register records that as `expires` on the entry or on its evidence. Copy that still cites the entry (a footnote naming ' +
      'its id, or its approved wording) after that date runs a claim nobody currently stands behind. Each date is the last ' +
      'day the claim may run. The rule reads the register; without one it reports nothing.',
    basis: substantiationBasis,
    references: substantiationReferences,
    severity: 'error',
    evidenceStatus: 'expired',
    fixable: false,
    remedy: expired.remedy!
  },
  check(context) {
    const {register} = context
    if (!register) return
    for (const tie of register.pageTies()) {
      const lapse = lapseOf(tie.entry, context.today, register.origin)
      if (lapse) context.report({start: tie.start, end: tie.end, entry: {...expired, remedy: `${lapse}: ${expired.remedy!}`}})
    }
  }
})
