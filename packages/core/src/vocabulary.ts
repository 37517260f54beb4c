/**
 * A project's own banned phrases (`deny` in configuration) as a core-owned
 * rule, so they are matched by the same trie and cost the same as built-in
 * lexicon entries. Phrases are literal text, never user regular expressions.
 */
import type {Rule, Severity} from './types.js'

/** Rule id under which `deny` findings are reported. */
export const denyRuleId = 'deny'

/** One banned phrase from configuration. */
export interface DenyEntry {
  phrase: string
  /** Why it is banned and what to write instead. */
  message?: string
  severity?: Exclude<Severity, 'off'>
  /** Compliant alternatives. */
  expected?: readonly string[]
}

/** Build the rule that reports a project's banned phrases. */
export function denyRule(entries: readonly DenyEntry[]): Rule {
  return {
    meta: {
      id: denyRuleId,
      description: "Phrases banned by the project's configuration",
      family: 0,
      kind: 'banned phrase',
      rationale: 'Teams ban wording their regulatory reviewers have rejected, beyond the built-in lexicons.',
      basis: {},
      references: [],
      severity: 'error',
      evidenceStatus: 'prohibited',
      fixable: false,
      remedy: 'reword it as your team agreed'
    },
    lexicon: {
      entries: entries.map((entry) => ({
        phrases: [entry.phrase],
        literal: true,
        note: entry.message ?? `\`${entry.phrase}\` is banned by the project configuration.`,
        ...(entry.message ? {remedy: entry.message} : {}),
        ...(entry.severity ? {severity: entry.severity} : {}),
        ...(entry.expected ? {expected: entry.expected} : {})
      }))
    }
  }
}
