/** The shape of a rule's example table, shared by its tests and its generated docs. */

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
}
