/**
 * `@claimlint/formatter-junit`: claimlint results as JUnit XML in the shape of
 * ESLint's `junit` formatter, for CI systems that show test reports (Jenkins,
 * GitLab, Azure Pipelines, CircleCI).
 */
import {cdata, displayPath, escapeAttribute} from '@claimlint/core'
import path from 'node:path'
import type {LintMessage, LintResult, RuleMeta} from '@claimlint/core'

/** What the CLI hands every formatter; this one reads only `cwd`. */
export interface FormatterContext {
  /** Directory file paths are made relative to. */
  cwd: string
  /** Whether ANSI colour is wanted; ignored, the output is XML. */
  color?: boolean
  /** Metadata of every configured rule; unused. */
  rulesMeta?: Readonly<Record<string, RuleMeta>>
}

/**
 * Format results as JUnit XML: one `<testsuite>` per file, one failing
 * `<testcase>` per finding, and one passing test case for a clean file so it
 * still counts as tested.
 *
 * A finding is a `<failure>`; a fatal message (unreadable file, crashed rule)
 * is an `<error>`, as in ESLint. Unlike ESLint, the suite's `errors` and
 * `failures` attributes count those two elements apart, as JUnit defines them,
 * instead of `errors` counting every finding.
 */
export function format(results: readonly LintResult[], context: FormatterContext): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>']
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    const classname = withoutExtension(file)
    const suite = (tests: number, errors: number, failures: number): string =>
      `<testsuite package="org.claimlint" time="0" tests="${tests}" errors="${errors}" failures="${failures}" name="${escapeAttribute(file)}">`

    if (result.messages.length === 0) {
      lines.push(suite(1, 0, 0), `<testcase time="0" name="${escapeAttribute(file)}" classname="${escapeAttribute(classname)}" />`, '</testsuite>')
      continue
    }
    const errors = result.messages.filter((m) => m.fatal).length
    lines.push(suite(result.messages.length, errors, result.messages.length - errors))
    for (const message of result.messages) lines.push(testcase(message, classname))
    lines.push('</testsuite>')
  }
  lines.push('</testsuites>')
  return lines.join('\n') + '\n'
}

export default format

/** One failing test case; the CDATA repeats ESLint's `line L, col C, Error - message (rule)`. */
function testcase(message: LintMessage, classname: string): string {
  const element = message.fatal ? 'error' : 'failure'
  const type = message.fatal || message.severity === 2 ? 'Error' : 'Warning'
  const rule = message.ruleId ? ` (${message.ruleId})` : ''
  const detail = `line ${message.line}, col ${message.column}, ${type} - ${message.message}${rule}`
  return (
    `<testcase time="0" name="org.claimlint.${escapeAttribute(message.ruleId ?? 'unknown')}" classname="${escapeAttribute(classname)}">` +
    `<${element} message="${escapeAttribute(message.message)}">${cdata(detail)}</${element}>` +
    '</testcase>'
  )
}

/** `pages/serum.md` → `pages/serum`, the JUnit class name ESLint derives from a path. */
function withoutExtension(file: string): string {
  const extension = path.posix.extname(file)
  return extension ? file.slice(0, -extension.length) : file
}
