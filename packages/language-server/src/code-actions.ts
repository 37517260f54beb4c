/**
 * Quick fixes for claimlint findings: apply the finding's own fix, replace
 * the claim with each compliant rewrite the rule suggests, or insert a
 * suppression comment for the writer to complete with the sign-off. A
 * `source.fixAll.claimlint` action applies every fix at once, as `--fix`
 * does (first come first served, overlapping fixes skipped).
 */
import {matchCase, type Fix, type LintMessage} from '@claimlint/core'
import {CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {toDiagnostic} from './diagnostics.js'
import {touches} from './ranges.js'
import {suppressionComment, suppressionPlaces} from './suppression.js'

/** The kind of the action that applies every fix. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.claimlint`

/** What code actions are computed from. */
export interface CodeActionInput {
  document: TextDocument
  /** The document's findings, linted from its current text. */
  messages: readonly LintMessage[]
  /** The range the editor asks about (the cursor or selection). */
  range: Range
  /** Kinds the editor asked for; all quick fixes when absent. */
  only?: readonly string[]
  /** Whether the document takes `<!--claimlint …-->` comments (Markdown). */
  suppressible: boolean
  /** Whether to send versioned `documentChanges` rather than `changes`. */
  documentChanges: boolean
}

/** The code actions for the findings under a range. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const {document, messages, range} = input
  const actions: CodeAction[] = []
  const text = document.getText()
  const edit = (edits: TextEdit[]): WorkspaceEdit => workspaceEdit(document, edits, input.documentChanges)
  const placeOf = input.suppressible ? suppressionPlaces(text) : () => undefined
  if (wants(input.only, CodeActionKind.QuickFix)) {
    for (const message of messages) {
      if (message.ruleId === null || message.fatal) continue
      const diagnostic = toDiagnostic(message)
      if (!touches(diagnostic.range, range)) continue
      const start = document.offsetAt(diagnostic.range.start)
      const end = document.offsetAt(diagnostic.range.end)
      const actual = text.slice(start, end)
      const quickFix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(preferred ? {isPreferred: true} : {}),
        edit: edit(edits)
      })
      const offered = new Set<string>()
      if (message.fix) {
        const [from, to] = message.fix.range
        // Core's fixes lie inside the claim; a plugin's may not, and then the menu cannot show the rewritten claim.
        const rewrite = from >= start && to <= end ? text.slice(start, from) + message.fix.text + text.slice(to, end) : undefined
        if (rewrite !== undefined) offered.add(rewrite)
        const title = rewrite === undefined ? `Fix \`${oneLine(actual)}\`` : `Replace \`${oneLine(actual)}\` with \`${oneLine(rewrite)}\``
        actions.push(quickFix(title, [fixEdit(document, message.fix)], true))
      }
      for (const expected of message.expected ?? []) {
        const rewrite = matchCase(actual, expected)
        if (offered.has(rewrite)) continue
        offered.add(rewrite)
        actions.push(quickFix(`Replace \`${oneLine(actual)}\` with \`${oneLine(rewrite)}\``, [{range: diagnostic.range, newText: rewrite}]))
      }
      const at = placeOf(start)
      if (at !== undefined) {
        const position = document.positionAt(at)
        actions.push(quickFix(`Suppress \`${message.ruleId}\` in this block (give the reason)`, [{range: {start: position, end: position}, newText: suppressionComment(message.ruleId)}]))
      }
    }
  }
  if (input.only?.some((kind) => covers(kind, fixAllKind))) {
    const fixes = nonOverlapping(messages.flatMap((message) => (message.fix ? [message.fix] : [])))
    if (fixes.length > 0) {
      actions.push({title: 'Fix all claimlint problems that have a fix', kind: fixAllKind, edit: edit(fixes.map((fix) => fixEdit(document, fix)))})
    }
  }
  return actions
}

/** The TextEdit of a claimlint fix (absolute offsets into the linted text). */
export function fixEdit(document: TextDocument, fix: Fix): TextEdit {
  return {range: {start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1])}, newText: fix.text}
}

/** The fixes core's `applyFixes` applies (sorted, skipping any that overlaps an earlier one), kept as edits rather than a new text so the editor keeps the cursor and folds. */
function nonOverlapping(fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const kept: Fix[] = []
  let at = 0
  for (const fix of sorted) {
    if (fix.range[0] < at) continue
    kept.push(fix)
    at = fix.range[1]
  }
  return kept
}

function workspaceEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  // A versioned edit is refused by the editor if the text changed since it was linted.
  return versioned
    ? {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits}]}
    : {changes: {[document.uri]: edits}}
}

/** Whether the editor asked for actions of `kind` (`source` covers `source.fixAll.claimlint`). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => covers(asked, kind))
}

function covers(asked: string, kind: string): boolean {
  return kind === asked || kind.startsWith(`${asked}.`)
}

/** A claim that runs over a line break, shown on one line in a menu. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ')
}
