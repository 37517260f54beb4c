/**
 * From claimlint's 1-based line and column to offsets in the file's text.
 * Lines end at LF, CRLF or a lone CR, as vfile-location counts them, and
 * columns count UTF-16 code units, so offsets index the JavaScript string.
 */

/** Offsets where each line of a text starts: `'a\nb'` → `[0, 2]`. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\n|\r/g)) starts.push(match.index + match[0].length)
  return starts
}

/** The offset of a 1-based line and column, clamped to the text (a stale position never throws). */
export function offsetAt(starts: readonly number[], length: number, line: number, column: number): number {
  if (line < 1) return 0
  const start = starts[line - 1]
  if (start === undefined) return length
  return Math.min(Math.max(start + column - 1, start), length)
}

/** A finding's position, as messages carry it. */
export interface Position {
  line: number
  column: number
  endLine?: number
  endColumn?: number
  actual?: string
}

/**
 * The `[start, end)` offsets a message covers; without an end, `actual` gives
 * the length when the text there matches it, else the range is empty (a point).
 */
export function rangeOf(text: string, starts: readonly number[], position: Position): [number, number] {
  const start = offsetAt(starts, text.length, position.line, position.column)
  let end = start
  if (position.endLine !== undefined && position.endColumn !== undefined) {
    end = offsetAt(starts, text.length, position.endLine, position.endColumn)
  } else if (position.actual && text.startsWith(position.actual, start)) {
    end = start + position.actual.length
  }
  return [start, Math.max(start, end)]
}
