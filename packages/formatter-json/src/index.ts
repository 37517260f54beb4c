/**
 * `@claimlint/formatter-json`: results as JSON in the shape of ESLint's
 * `json` formatter, for CI tools and editors that already read ESLint output.
 */
import type {LintResult, RuleMeta} from '@claimlint/core'

/** What the CLI tells a formatter about the run (unused here: JSON has no colour and keeps paths absolute). */
export interface JsonContext {
  cwd: string
  color: boolean
  rulesMeta?: Record<string, RuleMeta>
}

/**
 * Serialise results as they are, one line, ending with a newline.
 *
 * `filePath` stays absolute, as in ESLint's json formatter, so a report can
 * be read from any folder; `<text>` marks standard input without a name.
 */
export function format(results: readonly LintResult[], _context?: JsonContext): string {
  return `${JSON.stringify(results)}\n`
}

export default format
