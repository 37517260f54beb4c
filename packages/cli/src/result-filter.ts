/**
 * Narrowing results after linting (`--changed-since`, `--baseline`): the
 * messages a filter keeps, with every count recomputed the way core counts
 * them, so exit codes and formatters agree with what is shown.
 */
import type {LintMessage, LintResult} from '@claimlint/core'

/**
 * A copy of `result` with only the messages `keep` accepts (and the
 * suppressed messages `keepSuppressed` accepts), its counts recomputed.
 */
export function filterMessages(
  result: LintResult,
  keep: (message: LintMessage) => boolean,
  keepSuppressed: (message: LintMessage) => boolean = keep
): LintResult {
  const messages = result.messages.filter(keep)
  const count = (predicate: (message: LintMessage) => boolean): number => messages.filter(predicate).length
  return {
    ...result,
    messages,
    suppressedMessages: result.suppressedMessages.filter(keepSuppressed),
    errorCount: count((m) => m.severity === 2),
    warningCount: count((m) => m.severity === 1),
    fatalErrorCount: count((m) => m.fatal === true),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== undefined)
  }
}
