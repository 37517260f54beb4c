/**
 * The result shape formatters see, following ESLint's `json` formatter:
 * `{filePath, messages, errorCount, warningCount, …}` with 1-based lines and
 * columns, plus claimlint's `url`, `actual`, `expected` and `note`.
 */
import type {VFile} from 'vfile'
import type {ClaimRecord} from './inventory.js'
import type {ClaimlintMessage} from './message.js'
import type {Fix} from './types.js'

/** One finding as formatters see it. */
export interface LintMessage {
  ruleId: string | null
  /** 1 warning, 2 error. */
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  source: string
  url?: string
  actual?: string
  /** Shared between messages that suggest the same (frozen). */
  expected?: readonly string[]
  note?: string
  basis?: string
  fix?: Fix
  /** Set on a problem that stopped a rule or the file from being linted. */
  fatal?: true
  /** On suppressed messages: the comments that silenced it, as ESLint reports them. */
  suppressions?: Array<{kind: 'directive'; justification: string}>
}

/** All findings of one file. */
export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** Findings silenced by control comments, with their justification. */
  suppressedMessages: LintMessage[]
  /** The file's text, for formatters that show copy (HTML report). */
  source?: string
  /** The fixed text, set by `--fix` and `--fix-dry-run` when fixes changed it (ESLint's `output`). */
  output?: string
  /** Every claim found, reported or not: set only when the file was linted for the claims inventory. */
  claims?: ClaimRecord[]
}

/** Convert a linted VFile to a result. */
export function toResult(file: VFile, options: {filePath?: string; includeSource?: boolean} = {}): LintResult {
  const messages = file.messages.map((raw) => toLintMessage(raw))
  const suppressedMessages = (file.data.suppressed ?? []).map(({message, justification}) => ({
    ...toLintMessage(message),
    suppressions: [{kind: 'directive' as const, justification}]
  }))
  const count = (predicate: (m: LintMessage) => boolean): number => messages.filter(predicate).length
  const result: LintResult = {
    filePath: options.filePath ?? file.path ?? '<text>',
    messages,
    suppressedMessages,
    errorCount: count((m) => m.severity === 2),
    warningCount: count((m) => m.severity === 1),
    fatalErrorCount: count((m) => m.fatal === true),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== undefined)
  }
  if (options.includeSource) result.source = String(file.value)
  if (file.data.claims) result.claims = file.data.claims
  return result
}

/**
 * Equal texts of results, kept once. A catalogue repeats its claims page
 * after page (the same "treats acne" on hundreds of product pages), and a
 * run keeps every result until it reports: equal message texts, matched
 * text, URLs and legal bases share one string instead of a copy per finding
 * (and a matched text no longer holds on to the whole page it was cut from).
 * Bounded, so unique texts cannot grow it without limit (issue 6).
 */
const texts = new Map<string, string>()

function shared(text: string): string {
  let kept = texts.get(text)
  if (kept === undefined) {
    if (texts.size >= 50_000) texts.clear()
    texts.set(text, text)
    kept = text
  }
  return kept
}

/**
 * Suggestion lists by their texts: a catalogue's messages suggest the same
 * few lists thousands of times, and a list of its own cost each message ~64
 * bytes. Shared lists are frozen, so no consumer can change another
 * message's suggestions through one. Bounded like `texts`.
 */
const lists = new Map<string, readonly string[]>()

function sharedList(list: readonly string[]): readonly string[] {
  const key = list.join('\u0000')
  let kept = lists.get(key)
  if (kept === undefined) {
    if (lists.size >= 10_000) lists.clear()
    kept = Object.freeze(list.map(shared))
    lists.set(key, kept)
  }
  return kept
}

/** Convert one vfile message to the result shape. */
function toLintMessage(raw: VFile['messages'][number]): LintMessage {
  const message = raw as ClaimlintMessage
  const ruleId = message.ruleId ?? null
  const severity = message.fatal ? 2 : 1
  const text = shared(message.reason)
  const line = message.line ?? 1
  const column = message.column ?? 1
  const source = message.source ?? 'claimlint'
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  const {url, actual, expected, note, basis, fix} = message
  if (end && url && typeof actual === 'string' && expected && note && basis && message.cause === undefined) {
    // A claim's message, the common case: one literal per shape, so every
    // property is in the object itself rather than in a backing store grown
    // as they are added (~20 bytes a message, and no shape changes). Same
    // keys in the same order as below.
    const endLine = end.line
    const endColumn = end.column
    const link = shared(url)
    const words = shared(actual)
    const suggestions = sharedList(expected)
    const legal = shared(basis)
    return fix
      ? {ruleId, severity, message: text, line, column, source, endLine, endColumn, url: link, actual: words, expected: suggestions, note, basis: legal, fix}
      : {ruleId, severity, message: text, line, column, source, endLine, endColumn, url: link, actual: words, expected: suggestions, note, basis: legal}
  }
  const result: LintMessage = {ruleId, severity, message: text, line, column, source}
  if (end) {
    result.endLine = end.line
    result.endColumn = end.column
  }
  if (url) result.url = shared(url)
  if (actual !== undefined && actual !== null) result.actual = shared(actual)
  if (expected) result.expected = sharedList(expected)
  if (note) result.note = note
  if (basis) result.basis = shared(basis)
  if (fix) result.fix = fix
  if (message.cause !== undefined) result.fatal = true
  return result
}

/** A result for a file that could not be linted at all (unreadable, not text). */
export function failureResult(filePath: string, reason: string): LintResult {
  return {
    filePath,
    messages: [{ruleId: null, severity: 2, message: reason, line: 1, column: 1, source: 'claimlint', fatal: true}],
    errorCount: 1,
    warningCount: 0,
    suppressedMessages: [],
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
}

/** Apply non-overlapping fixes to a text, first come first served; returns the text and how many applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): {output: string; applied: number} {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let at = 0
  let applied = 0
  for (const fix of sorted) {
    if (fix.range[0] < at) continue
    output += text.slice(at, fix.range[0]) + fix.text
    at = fix.range[1]
    applied++
  }
  return {output: output + text.slice(at), applied}
}
