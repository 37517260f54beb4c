/**
 * `--fix`: apply the fixes of a file's findings and lint the fixed text again,
 * up to ten passes as ESLint does (a fix may reveal another), so the reported
 * findings are those of the text as it will be written.
 */
import {applyFixes, type ClaimlintMessage, type Fix, type Linter, type LintInput} from '@claimlint/core'

/** ESLint's limit on fix passes, against fixes that undo each other. */
const maxPasses = 10

/** The outcome of fixing one text. */
export interface FixOutcome {
  /** The lint of the fixed text. */
  file: ReturnType<Linter['lint']>
  /** The fixed text (equal to the input when nothing was fixed). */
  output: string
}

/** Lint a text, applying fixes until none is left, and return the last lint with the fixed text. */
export function lintAndFix(linter: Linter, input: LintInput): FixOutcome {
  let text = input.value
  let file = linter.lint(input)
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = (file.messages as ClaimlintMessage[]).flatMap((message): Fix[] => (message.fix ? [message.fix] : []))
    if (fixes.length === 0) break
    const {output} = applyFixes(text, fixes)
    if (output === text) break
    text = output
    file = linter.lint({...input, value: text})
  }
  return {file, output: text}
}
