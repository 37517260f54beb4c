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
export function format(results: readonly LintResult[], context?: JsonContext): string {
  return [...formatChunks(results, context)].join('')
}

/**
 * The same report as `format`, one chunk per result, so the CLI writes a
 * catalogue's report as it goes instead of holding it as one string (issue 6).
 */
export function* formatChunks(results: readonly LintResult[], _context?: JsonContext): Generator<string, void, undefined> {
  yield '['
  for (let index = 0; index < results.length; index++) {
    // Elements as `JSON.stringify(results)` writes them: comma-separated, no spaces, `null` for a hole.
    const element = JSON.stringify(results[index]) ?? 'null'
    yield index === 0 ? element : `,${element}`
  }
  yield ']\n'
}

export default format
