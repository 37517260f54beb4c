/**
 * The one place a claimlint message is built, so every finding has the same
 * shape: reason, rule id, source, docs URL, actual text, rewrites, note,
 * legal basis, severity and optional fix.
 */
import {VFileMessage, type Options as VFileMessageOptions} from 'vfile-message'
import type {Location} from 'vfile-location'
import type {Fix, Jurisdiction, LexiconEntry, RuleMeta, Severity} from './types.js'

/** Where the project's docs live. */
export const homepage = 'https://github.com/claimlint/claimlint/blob/main/'

/** Where rule docs live; a rule's page is `<base><id>/README.md`. */
export const docsBase = `${homepage}rules/`

/** The docs URL of a rule; `deny` (project vocabulary) is documented in the README. */
export function ruleUrl(id: string): string {
  return id === 'deny' ? `${homepage}README.md#custom-vocabulary` : `${docsBase}${id}/README.md`
}

/** Extra fields claimlint puts on every `VFileMessage`. */
export interface ClaimlintMessageFields {
  expected: string[]
  note: string
  basis: string
  fix?: Fix
}

/** A claimlint finding: a `VFileMessage` with claimlint's fields. */
export type ClaimlintMessage = VFileMessage & Partial<ClaimlintMessageFields>

/** Legal basis of a rule for the active markets: `US: FD&C Act §201(g)(1)`. */
export function basisOf(meta: RuleMeta, jurisdictions: readonly Jurisdiction[]): string {
  const parts = jurisdictions
    .map((j) => (meta.basis[j] ? `${j.toUpperCase()}: ${meta.basis[j]}` : undefined))
    .filter((part): part is string => part !== undefined)
  return parts.join('; ')
}

/**
 * A `VFileMessage` built without capturing a stack trace. It extends `Error`,
 * whose constructor walks the call stack, and then sets `stack` to `''`
 * anyway; on a catalogue that walk cost more than building the rest of the
 * message (issue 6). The limit is restored before anything else runs.
 */
function vfileMessage(reason: string, options: VFileMessageOptions): ClaimlintMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return new VFileMessage(reason, options) as ClaimlintMessage
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Build the message for one finding. */
export function createMessage(options: {
  meta: RuleMeta
  entry: LexiconEntry
  start: number
  end: number
  text: string
  place: Location
  severity: Exclude<Severity, 'off'>
  jurisdictions: readonly Jurisdiction[]
  /** A fix computed for this finding; wins over `entry.fix`. */
  fix?: Fix
}): ClaimlintMessage {
  const {meta, entry, start, end, text, place, severity, jurisdictions} = options
  const actual = text.slice(start, end)
  const kind = entry.kind ?? meta.kind
  const expected = [...(entry.expected ?? [])]
  // A computed fix keeps the copy's own words, so its rewrite is the best
  // suggestion: it leads `expected` (and so the message's `e.g.`).
  if (options.fix) {
    const rewrite = text.slice(start, options.fix.range[0]) + options.fix.text + text.slice(options.fix.range[1], end)
    if (!expected.includes(rewrite)) expected.unshift(rewrite)
  }
  const basis = basisOf(meta, jurisdictions)
  let remedy = entry.remedy ?? meta.remedy
  if (expected.length > 0) remedy += `, e.g. \`${expected[0]}\``
  // A claim may run over a line break; the one-line reason shows it on one line.
  const reason = `Unexpected ${kind} \`${actual.replace(/\s+/g, ' ')}\`, ${remedy}${basis ? ` (${basis})` : ''}`
  const startPoint = place.toPoint(start)
  const endPoint = place.toPoint(end)
  const message = vfileMessage(reason, {
    place: startPoint && endPoint ? {start: startPoint, end: endPoint} : startPoint,
    ruleId: meta.id,
    source: 'claimlint'
  })
  message.fatal = severity === 'error' ? true : false
  message.url = meta.url ?? ruleUrl(meta.id)
  message.actual = actual
  message.expected = expected
  message.note = entry.note
  message.basis = basis
  if (options.fix) message.fix = options.fix
  else if (entry.fix !== undefined) message.fix = {range: [start, end], text: matchCase(actual, entry.fix)}
  return message
}

/** Build a message about claimlint itself (a control comment), not about a claim: `ruleId` is null, as in ESLint. */
export function createNotice(options: {
  reason: string
  start: number
  end: number
  place: Location
  severity: Exclude<Severity, 'off'>
}): ClaimlintMessage {
  const startPoint = options.place.toPoint(options.start)
  const endPoint = options.place.toPoint(options.end)
  const message = vfileMessage(options.reason, {
    place: startPoint && endPoint ? {start: startPoint, end: endPoint} : startPoint,
    source: 'claimlint'
  })
  message.fatal = options.severity === 'error'
  return message
}

/** The severity of a finding: an entry's own severity applies when its rule is at `error` (grey-zone entries are `warn`). */
export function findingSeverity(entry: LexiconEntry, ruleSeverity: Exclude<Severity, 'off'>): Exclude<Severity, 'off'> {
  return entry.severity && ruleSeverity === 'error' ? entry.severity : ruleSeverity
}

/** Keep the capitalisation of the original in a replacement: `Anti-inflammatory` → `Soothing`. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) return replacement.toUpperCase()
  if (/^[A-Z]/.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}
