/** The shape of a rule's example table, shared by its tests and its generated docs. */
import type {LinterOptions} from '@claimlint/core'

/** A sentence the rule must flag, and the exact text it must report. */
export interface FlaggedCase {
  text: string
  /** The reported `actual` (source text of the finding). */
  actual: string
}

/** Flagged and compliant sentences of one rule. */
export interface RuleCases {
  flagged: readonly FlaggedCase[]
  /** Sentences the rule must not flag (compliant rewrites, negations, qualifiers). */
  compliant: readonly string[]
  /** What the examples are linted with, for rules that read a claims register. */
  setup?: CaseSetup
}

/** Linter options the examples of a register rule need: the register, today's date, markets. */
export type CaseSetup = Pick<LinterOptions, 'register' | 'today' | 'jurisdictions'>
