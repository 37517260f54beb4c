/**
 * Positions between claimlint and the Language Server Protocol. claimlint's
 * messages have 1-based lines and columns (the only position model of its
 * results); LSP positions are 0-based. LSP counts characters in UTF-16 code
 * units by default, which is what JavaScript string columns are, so an emoji
 * before a claim shifts both by two and no re-encoding is needed.
 */
import type {Position, Range} from 'vscode-languageserver'

/** The 1-based span of a claimlint message. */
export interface MessageSpan {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** The LSP range of a message: `line 3, column 5` → `{line: 2, character: 4}`; a message without an end is an empty range at its start. */
export function toRange(span: MessageSpan): Range {
  const start = toPosition(span.line, span.column)
  const end = span.endLine === undefined || span.endColumn === undefined ? start : toPosition(span.endLine, span.endColumn)
  return {start, end}
}

/** An LSP position from a 1-based line and column (a 0 or missing column is read as 1). */
export function toPosition(line: number, column: number): Position {
  return {line: Math.max(line - 1, 0), character: Math.max(column - 1, 0)}
}

/** Whether two ranges share a position; touching counts, so a cursor at either end of a claim finds it. */
export function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
