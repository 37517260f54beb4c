/**
 * `@claimlint/formatter-claims-json`: the claims inventory (`claimlint
 * inventory --format claims-json`) as a JSON array, one object per claim,
 * for tools that build a claims matrix.
 */
import {claimRows} from '@claimlint/core'
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
 * Format the inventory as an indented JSON array of `{page, line, column,
 * endLine, endColumn, text, sentence, rule, family, severity, register,
 * status, detail}`, in the order of the results; an empty inventory is `[]`.
 * Pages are relative to the cwd with `/`, as in the CSV report.
 */
export function format(results: readonly LintResult[], context: FormatterContext): string {
  return `${JSON.stringify(claimRows(results, context.cwd), null, 2)}\n`
}

export default format
