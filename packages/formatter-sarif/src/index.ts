/**
 * `@claimlint/formatter-sarif`: claimlint results as a SARIF 2.1.0 log, the
 * format GitHub code scanning (and most other code-review tools) ingest.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {ruleUrl, type LintMessage, type LintResult, type RuleMeta} from '@claimlint/core'
import type * as Sarif from 'sarif'

/** What the CLI hands every formatter; SARIF reads `cwd`, `rulesMeta` and `version`. */
export interface FormatterContext {
  /** Directory file paths are made relative to (the repository root in CI). */
  cwd: string
  /** Whether ANSI colour is wanted; ignored, SARIF is JSON. */
  color?: boolean
  /** Metadata of every rule that was configured, by rule id. */
  rulesMeta?: Readonly<Record<string, RuleMeta>>
  /** claimlint's version, written as the tool version; omitted when not given. */
  version?: string
}

/** A suppression as it may appear on a message: ESLint's `directive` or SARIF's own kinds. */
interface MessageSuppression {
  kind: 'directive' | 'inSource' | 'external'
  justification?: string
}

/** Where the project lives; SARIF viewers link the tool name to it. */
const informationUri = 'https://github.com/claimlint/claimlint'

/**
 * The `partialFingerprints` key. Not `primaryLocationLineHash`: GitHub's
 * upload action computes that one itself from the line's text and warns when
 * a tool's value disagrees with its own.
 */
export const fingerprintKey = 'claimHash/v1'

/** Base id the artifact URIs are relative to, as GitHub's docs recommend. */
const srcroot = '%SRCROOT%'

/** Format results as a SARIF 2.1.0 log (pretty JSON ending with a newline). */
export function format(results: readonly LintResult[], context: FormatterContext): string {
  const rules = new RuleTable(context.rulesMeta ?? {})
  const artifacts: Sarif.Artifact[] = []
  const sarifResults: Sarif.Result[] = []
  const notifications: Sarif.Notification[] = []

  for (const result of results) {
    const location: Sarif.ArtifactLocation = {...artifactLocation(result.filePath, context.cwd), index: artifacts.length}
    artifacts.push({location: artifactLocation(result.filePath, context.cwd), roles: ['analysisTarget']})
    const suppressed = result.suppressedMessages ?? []
    const fingerprints = fingerprintsOf([...result.messages, ...suppressed])

    for (const message of [...result.messages, ...suppressed]) {
      if (message.fatal) {
        notifications.push(toNotification(message, location, rules))
        continue
      }
      sarifResults.push(toResult(message, location, rules, fingerprints.get(message) ?? ''))
    }
  }

  const driver: Sarif.ToolComponent = {name: 'claimlint', informationUri}
  if (context.version !== undefined) {
    driver.version = context.version
    driver.semanticVersion = context.version
  }
  driver.rules = rules.descriptors

  const invocation: Sarif.Invocation = {executionSuccessful: notifications.length === 0}
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications

  const run: Sarif.Run = {
    tool: {driver},
    // Positions come from JavaScript strings, so columns and offsets count UTF-16 code units.
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: {[srcroot]: {uri: directoryUri(context.cwd)}},
    artifacts,
    invocations: [invocation],
    results: sarifResults
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

export default format

/** The run's rule descriptors: every configured rule, then any rule id only seen on a message. */
class RuleTable {
  readonly descriptors: Sarif.ReportingDescriptor[] = []
  readonly #index = new Map<string, number>()

  constructor(rulesMeta: Readonly<Record<string, RuleMeta>>) {
    for (const meta of Object.values(rulesMeta)) this.#add(meta.id, describeRule(meta))
  }

  /** Index of a rule id, adding a bare descriptor for ids without metadata (directive problems, third-party rules). */
  indexOf(id: string, url: string | undefined): number {
    const known = this.#index.get(id)
    if (known !== undefined) return known
    const descriptor: Sarif.ReportingDescriptor = {id, name: id}
    if (url) descriptor.helpUri = url
    return this.#add(id, descriptor)
  }

  #add(id: string, descriptor: Sarif.ReportingDescriptor): number {
    this.#index.set(id, this.descriptors.length)
    this.descriptors.push(descriptor)
    return this.descriptors.length - 1
  }
}

/** One rule's SARIF descriptor; `help` is what GitHub shows under an alert. */
function describeRule(meta: RuleMeta): Sarif.ReportingDescriptor {
  const references = meta.references.map((r) => `- ${r.jurisdiction.toUpperCase()}: [${r.title}](${r.url})`)
  const markdown = [meta.rationale, ...(references.length > 0 ? ['', 'References:', '', ...references] : [])].join('\n')
  const text = [meta.rationale, ...meta.references.map((r) => `${r.jurisdiction.toUpperCase()}: ${r.title} ${r.url}`)].join('\n')
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: {text: meta.description},
    fullDescription: {text: meta.rationale},
    helpUri: ruleUrl(meta.id),
    help: {text, markdown},
    defaultConfiguration: {level: meta.severity === 'error' ? 'error' : 'warning'},
    properties: {family: meta.family, kind: meta.kind, fixable: meta.fixable, tags: ['claimlint', meta.kind]}
  }
}

/** One finding as a SARIF result. */
function toResult(
  message: LintMessage,
  location: Sarif.ArtifactLocation,
  rules: RuleTable,
  fingerprint: string
): Sarif.Result {
  const result: Sarif.Result = {
    level: message.severity === 2 ? 'error' : 'warning',
    message: {text: message.message},
    locations: [{physicalLocation: {artifactLocation: location, region: regionOf(message)}}],
    partialFingerprints: {[fingerprintKey]: fingerprint}
  }
  if (message.ruleId !== null) {
    result.ruleId = message.ruleId
    result.ruleIndex = rules.indexOf(message.ruleId, message.url)
  }
  if (message.fix) {
    result.fixes = [
      {
        description: {text: `Replace with \`${message.fix.text}\``},
        artifactChanges: [
          {
            artifactLocation: location,
            replacements: [
              {
                deletedRegion: {charOffset: message.fix.range[0], charLength: message.fix.range[1] - message.fix.range[0]},
                insertedContent: {text: message.fix.text}
              }
            ]
          }
        ]
      }
    ]
  }
  const suppressions = toSuppressions(message)
  if (suppressions.length > 0) result.suppressions = suppressions

  // Structured fields stay structured (STYLE: never text to parse back).
  const properties: Sarif.PropertyBag = {}
  if (message.actual !== undefined) properties['actual'] = message.actual
  if (message.expected !== undefined) properties['expected'] = message.expected
  if (message.note !== undefined) properties['note'] = message.note
  if (message.basis !== undefined) properties['basis'] = message.basis
  if (Object.keys(properties).length > 0) result.properties = properties
  return result
}

/**
 * A fatal message (the file could not be read, a rule crashed) becomes a tool
 * execution notification, not a result: it says nothing about the copy, and a
 * result would open a code-scanning alert under no rule that stays open until
 * someone dismisses it by hand.
 */
function toNotification(message: LintMessage, location: Sarif.ArtifactLocation, rules: RuleTable): Sarif.Notification {
  const notification: Sarif.Notification = {
    level: 'error',
    message: {text: message.message},
    locations: [{physicalLocation: {artifactLocation: location, region: regionOf(message)}}]
  }
  if (message.ruleId !== null) {
    notification.associatedRule = {id: message.ruleId, index: rules.indexOf(message.ruleId, message.url)}
  }
  return notification
}

/** SARIF suppressions from a message's; ESLint's `directive` is SARIF's `inSource`. */
function toSuppressions(message: LintMessage): Sarif.Suppression[] {
  const given = (message.suppressions ?? []) as readonly MessageSuppression[]
  return given.map((s) => {
    const suppression: Sarif.Suppression = {kind: s.kind === 'external' ? 'external' : 'inSource'}
    if (s.justification) suppression.justification = s.justification
    return suppression
  })
}

/** The region of a message; SARIF's end column, like ours, is one past the last character. */
function regionOf(message: LintMessage): Sarif.Region {
  const region: Sarif.Region = {startLine: Math.max(1, message.line), startColumn: Math.max(1, message.column)}
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    region.endLine = message.endLine
    region.endColumn = message.endColumn
  }
  return region
}

/**
 * Fingerprints that follow a claim across edits: a hash of the rule id, the
 * claim's normalised text and which occurrence of that text (for that rule)
 * it is in the file, counted in document order. No line number, so text
 * inserted above a claim keeps its alert; no path, because GitHub matches
 * fingerprints within a file already. Suppressed findings count too, so
 * silencing the first of two identical claims leaves the second's alert alone.
 */
function fingerprintsOf(messages: readonly LintMessage[]): Map<LintMessage, string> {
  const inDocumentOrder = [...messages].sort((a, b) => a.line - b.line || a.column - b.column)
  const seen = new Map<string, number>()
  const fingerprints = new Map<LintMessage, string>()
  for (const message of inDocumentOrder) {
    const key = `${message.ruleId ?? ''}\u0000${normalizeClaim(message.actual ?? message.message)}`
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    fingerprints.set(message, createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'))
  }
  return fingerprints
}

/**
 * Normalise claim text so rewrapping or recasing copy keeps its fingerprint:
 * `Treats  Acne`, `treats\nacne` and `ＴＲＥＡＴＳ acne` all become `treats acne`.
 */
export function normalizeClaim(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * A file's location: relative to `%SRCROOT%` (the cwd) with POSIX slashes and
 * each segment percent-encoded, as a URI must be; a file outside the cwd gets
 * an absolute `file:` URI instead of a `../` path code scanning cannot place.
 */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, path.resolve(cwd, filePath))
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return {uri: pathToFileURL(path.resolve(cwd, filePath)).href}
  }
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/')
  return {uri, uriBaseId: srcroot}
}

/** The cwd as a `file:` URI ending in a slash, as `originalUriBaseIds` requires. */
function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href
  return href.endsWith('/') ? href : href + '/'
}
