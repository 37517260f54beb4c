/**
 * `@claimlint/formatter-stylish`: claimlint's default formatter. Results are
 * turned back into VFiles and printed by `vfile-reporter`, the unified
 * ecosystem's reporter, so the output matches remark-lint and retext users'
 * habits: file, `line:column-endLine:endColumn`, severity, message, rule id,
 * source, then a summary line. vfile-reporter orders files by path and puts
 * errors before warnings at the same position; it offers no way to keep the
 * caller's order, and path order is what people scan for anyway.
 */
import {relative, isAbsolute} from 'node:path'
import type {LintMessage, LintResult, RuleMeta} from '@claimlint/core'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/** What the CLI tells a formatter about the run. */
export interface StylishContext {
  /** Folder that file paths are shown relative to. */
  cwd: string
  /** Whether to use ANSI colours; decided by the caller, never sniffed here. */
  color: boolean
  /** Metadata of the rules that may appear in the results. */
  rulesMeta?: Record<string, RuleMeta>
}

/** Format results as the unified reporter does; empty when there is nothing to report. */
export function format(results: readonly LintResult[], context: StylishContext): string {
  const files = results.filter((result) => result.messages.length > 0).map((result) => toVFile(result, context.cwd))
  // `color` is always a boolean here: vfile-reporter would otherwise fall
  // back to sniffing the terminal itself, which is the CLI's job.
  // `quiet` hides files without messages, as ESLint's stylish does.
  const report = files.length === 0 ? '' : reporter(files, {color: context.color, quiet: true})
  return report === '' ? '' : `${report}\n`
}

export default format

/** Rebuild a VFile whose messages vfile-reporter can print. */
function toVFile(result: LintResult, cwd: string): VFile {
  const file = new VFile({path: displayPath(result.filePath, cwd)})
  for (const message of result.messages) addMessage(file, message)
  return file
}

/**
 * Results carry absolute paths (as ESLint's do); people read paths relative
 * to where they ran the command. Files outside it stay absolute rather than
 * `../../x.md`, and `<text>` (unnamed standard input) stays as is.
 */
function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath
  const path = relative(cwd, filePath)
  return path === '' || path.startsWith('..') || isAbsolute(path) ? filePath : path
}

function addMessage(file: VFile, message: LintMessage): void {
  const start = {line: message.line, column: message.column}
  const place =
    message.endLine === undefined || message.endColumn === undefined
      ? start
      : {start, end: {line: message.endLine, column: message.endColumn}}
  const vmessage = file.message(message.message, {
    place,
    source: message.source,
    ...(message.ruleId === null ? {} : {ruleId: message.ruleId})
  })
  // vfile-reporter labels `fatal: true` as error and `fatal: false` as a warning.
  vmessage.fatal = message.severity === 2
  if (message.url !== undefined) vmessage.url = message.url
  if (message.note !== undefined) vmessage.note = message.note
}
