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
  expected?: string[]
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

/** Convert one vfile message to the result shape. */
function toLintMessage(raw: VFile['messages'][number]): LintMessage {
  const message = raw as ClaimlintMessage
  const result: LintMessage = {
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 2 : 1,
    message: shared(message.reason),
    line: message.line ?? 1,
    column: message.column ?? 1,
    source: message.source ?? 'claimlint'
  }
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  if (end) {
    result.endLine = end.line
    result.endColumn = end.column
  }
  if (message.url) result.url = shared(message.url)
  if (message.actual !== undefined && message.actual !== null) result.actual = shared(message.actual)
  if (message.expected) result.expected = message.expected.map(shared)
  if (message.note) result.note = message.note
  if (message.basis) result.basis = shared(message.basis)
  if (message.fix) result.fix = message.fix
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
