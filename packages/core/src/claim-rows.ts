/**
 * The claims inventory as rows, one per claim, for the `claims-csv` and
 * `claims-json` formatters: one definition of the columns, so both reports
 * list the same claims the same way.
 */
import type {ClaimRecord} from './inventory.js'
import type {LintResult} from './results.js'
import {displayPath} from './report.js'

/** Names of the claim families of the claims primer, by number; 0 is a project's own banned phrases (`deny`). */
export const familyNames: Readonly<Record<number, string>> = {
  0: 'project',
  1: 'disease',
  2: 'structure-function',
  3: 'appearance',
  4: 'negation',
  5: 'miracle',
  6: 'proof',
  7: 'regulatory-status',
  8: 'biologic',
  9: 'testimonial',
  10: 'otc-drug'
}

/** The name of a family number (`1` → `disease`); an unknown number is shown as it is. */
export function familyName(family: number | null): string | null {
  return family === null ? null : (familyNames[family] ?? String(family))
}

/** One claim of the inventory as a report shows it: a `ClaimRecord` with its page, and rule and family by name. */
export type ClaimRow = {
  /** The page, relative to the cwd with `/`. */
  page: string
  /** The rule that found it; null for copy citing a register entry that no rule found a claim in. */
  rule: string | null
  /** The claim family (`disease`, `proof`…). */
  family: string | null
} & Omit<ClaimRecord, 'ruleId' | 'family'>

/** Columns of the CSV report, in order. */
export const claimColumns = ['page', 'line', 'column', 'text', 'sentence', 'rule', 'family', 'severity', 'register', 'status', 'detail'] as const

/** The inventory rows of results, in the order given (files as linted, claims in text order); results without claims add none. */
export function claimRows(results: readonly LintResult[], cwd: string): ClaimRow[] {
  return results.flatMap((result) =>
    // Keys in column order: the JSON report prints them so.
    (result.claims ?? []).map((claim): ClaimRow => ({
      page: displayPath(result.filePath, cwd),
      line: claim.line,
      column: claim.column,
      endLine: claim.endLine,
      endColumn: claim.endColumn,
      text: claim.text,
      sentence: claim.sentence,
      rule: claim.ruleId,
      family: familyName(claim.family),
      severity: claim.severity,
      register: claim.register,
      status: claim.status,
      detail: claim.detail
    }))
  )
}
