/**
 * `@claimlint/formatter-github`: claimlint results as GitHub Actions workflow
 * commands, which the runner turns into annotations on the pull request.
 */
import {displayPath} from '@claimlint/core'
import type {LintMessage, LintResult, RuleMeta} from '@claimlint/core'

/** What the CLI hands every formatter; this one reads only `cwd`. */
export interface FormatterContext {
  /** Directory file paths are made relative to (the repository root in CI). */
  cwd: string
  /** Whether ANSI colour is wanted; ignored, the runner parses the lines. */
  color?: boolean
  /** Metadata of every configured rule; unused. */
  rulesMeta?: Readonly<Record<string, RuleMeta>>
}

/**
 * How many annotations of one kind GitHub shows per step; the rest stay in
 * the log only (GitHub docs, "Workflow commands": 10 error and 10 warning
 * annotations per step).
 */
export const annotationLimit = 10

/**
 * Format results as one `::error` or `::warning` command per finding, in the
 * order given, or the empty string when there is none.
 *
 * Every finding is printed even past GitHub's limit of 10 annotations per kind
 * and step, because the log is where the others can still be read. When a kind
 * goes over the limit, a last `::notice::` line gives the totals and where the
 * findings GitHub did not annotate start, so a reviewer who sees 10 annotations
 * knows there are more and where to look.
 */
export function format(results: readonly LintResult[], context: FormatterContext): string {
  const lines: string[] = []
  const beyond = {error: {count: 0, first: ''}, warning: {count: 0, first: ''}}
  const totals = {error: 0, warning: 0}

  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    for (const message of result.messages) {
      const kind = message.severity === 2 ? 'error' : 'warning'
      totals[kind]++
      if (totals[kind] > annotationLimit) {
        if (beyond[kind].count === 0) beyond[kind].first = `${file}:${message.line}:${message.column}`
        beyond[kind].count++
      }
      lines.push(command(kind, propertiesOf(file, message), dataOf(message)))
    }
  }

  if (beyond.error.count > 0 || beyond.warning.count > 0) {
    const missed = (['error', 'warning'] as const)
      .filter((kind) => beyond[kind].count > 0)
      .map((kind) => `${plural(beyond[kind].count, `more ${kind}`)} (from ${beyond[kind].first} on)`)
    lines.push(
      command(
        'notice',
        {title: 'claimlint'},
        `claimlint found ${plural(totals.error, 'error')} and ${plural(totals.warning, 'warning')}. ` +
          `GitHub annotates only the first ${annotationLimit} errors and ${annotationLimit} warnings of a step; ` +
          `${missed.join(' and ')} ${beyond.error.count + beyond.warning.count === 1 ? 'is' : 'are'} in this step's log only.`
      )
    )
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

export default format

/** Annotation properties; GitHub ignores the columns when a finding spans lines. */
function propertiesOf(file: string, message: LintMessage): Record<string, string | number> {
  const properties: Record<string, string | number> = {file, line: message.line, col: message.column}
  if (message.endLine !== undefined) properties['endLine'] = message.endLine
  if (message.endColumn !== undefined) properties['endColumn'] = message.endColumn
  properties['title'] = message.ruleId ?? 'claimlint'
  return properties
}

/** The annotation text: the message, then the rule's docs page on its own line. */
function dataOf(message: LintMessage): string {
  return message.url ? `${message.message}\n${message.url}` : message.message
}

/** One workflow command, `::name key=value,…::data`, built as `@actions/core` builds it. */
export function command(name: string, properties: Record<string, string | number>, data: string): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${name}${list.length > 0 ? ' ' + list.join(',') : ''}::${escapeData(data)}`
}

/** Escape command data as `@actions/core` does: `%`, CR and LF, so a message cannot end the command early. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a property value as `@actions/core` does: like data, plus `:` and `,` that separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}


function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
