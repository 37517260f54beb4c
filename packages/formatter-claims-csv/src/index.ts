/**
 * `@claimlint/formatter-claims-csv`: the claims inventory (`claimlint
 * inventory`) as CSV, one row per claim, for the claims matrix a regulatory
 * team keeps in a spreadsheet.
 */
import {claimColumns, claimRows} from '@claimlint/core'
import type {LintResult, RuleMeta} from '@claimlint/core'

/** What the CLI tells a formatter about the run; this one reads only `cwd`. */
export interface FormatterContext {
  /** Folder pages are shown relative to. */
  cwd: string
  color?: boolean
  rulesMeta?: Readonly<Record<string, RuleMeta>>
}

/** Asks the CLI to lint for the inventory, so results carry every claim found (`claims`), reported or not. */
export const needsClaims = true

/**
 * Characters that make a spreadsheet read a cell as a formula: `=`, `+`,
 * `-`, `@`, and a leading tab or carriage return (OWASP, "CSV Injection").
 * Copy is untrusted input to whoever opens the report: a page saying
 * `=HYPERLINK(…)` must stay text.
 */
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV field (RFC 4180): a field holding a comma, a double quote or a line
 * break is quoted, its quotes doubled. Text that a spreadsheet would run as a
 * formula gets a leading apostrophe, which spreadsheets show as text and do
 * not display, and is quoted; `null` is the empty field.
 */
export function field(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = formulaStart.test(value) ? `'${value}` : value
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Format the inventory: a header row, then a row per claim in the order of
 * the results, each line ending with CRLF as RFC 4180 says. Columns: page,
 * line, column, text, sentence, rule, family, severity, register, status,
 * detail. Results without claims (a run without inventory) add no row.
 */
export function format(results: readonly LintResult[], context: FormatterContext): string {
  const lines = [claimColumns.join(',')]
  for (const row of claimRows(results, context.cwd)) lines.push(claimColumns.map((column) => field(row[column])).join(','))
  return lines.map((line) => `${line}\r\n`).join('')
}

export default format
