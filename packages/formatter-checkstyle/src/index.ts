/**
 * `@claimlint/formatter-checkstyle`: claimlint results as checkstyle XML in
 * the shape of ESLint's `checkstyle` formatter, which reviewdog, Jenkins'
 * warnings plugin and many CI tools read.
 */
import {displayPath, escapeAttribute} from '@claimlint/core'
import type {LintMessage, LintResult, RuleMeta} from '@claimlint/core'

/** What the CLI hands every formatter; this one reads only `cwd`. */
export interface FormatterContext {
  /** Directory file paths are made relative to (the repository root for reviewdog). */
  cwd: string
  /** Whether ANSI colour is wanted; ignored, the output is XML. */
  color?: boolean
  /** Metadata of every configured rule; unused. */
  rulesMeta?: Readonly<Record<string, RuleMeta>>
}

/**
 * Format results as checkstyle XML: a `<file>` per linted file (empty when
 * clean, as in ESLint) with an `<error>` per finding. The rule goes in
 * `source` as `claimlint.<rule-id>` rather than being appended to the message
 * as ESLint does, so tools that show both do not repeat it.
 */
export function format(results: readonly LintResult[], context: FormatterContext): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const result of results) {
    lines.push(`  <file name="${escapeAttribute(displayPath(result.filePath, context.cwd))}">`)
    for (const message of result.messages) lines.push(`    ${error(message)}`)
    lines.push('  </file>')
  }
  lines.push('</checkstyle>')
  return lines.join('\n') + '\n'
}

export default format

/** One finding; a fatal message is always `error`, whatever its severity. */
function error(message: LintMessage): string {
  const severity = message.fatal || message.severity === 2 ? 'error' : 'warning'
  const source = message.ruleId ? `claimlint.${message.ruleId}` : 'claimlint'
  return (
    `<error line="${message.line}" column="${message.column}" severity="${severity}" ` +
    `message="${escapeAttribute(message.message)}" source="${escapeAttribute(source)}" />`
  )
}
