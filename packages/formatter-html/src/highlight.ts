/**
 * Wrapping ranges of a text in marks. Ranges that nest become nested marks;
 * ranges that cross (`treats acne` inside `treats acne scars fast` is nesting,
 * `cures acne` and `acne scars` over `cures acne scars` is crossing) cannot
 * both be one element, so the inner one is closed where the outer ends and
 * reopened after it: a finding then spans several pieces, the first being the
 * focusable one, and the pieces read together are exactly its text.
 */
import {escapeHtml} from './escape.js'

/** A range to mark and how to open its mark. */
export interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character; equal to `start` for a point. */
  end: number
  /** The opening tag of the first piece (`first` true) or of a continuation piece. */
  open(first: boolean): string
  /** The closing tag, `</mark>` by default. */
  close?: string
}

/** The text as HTML, escaped, with every span wrapped in its mark. */
export function highlight(text: string, spans: readonly Span[]): string {
  const length = text.length
  // Outer before inner at the same start: longer first, then input order.
  const order = spans
    .map((span, index) => ({span, index, start: clamp(span.start, length), end: clamp(Math.max(span.start, span.end), length)}))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)
  const points = [...new Set(order.flatMap(({start, end}) => [start, end]))].sort((a, b) => a - b)
  const closing = (span: Span): string => span.close ?? '</mark>'

  let html = ''
  let cursor = 0
  let next = 0
  /** Open marks, outermost first. */
  let stack: typeof order = []
  for (const point of points) {
    html += escapeHtml(text.slice(cursor, point))
    cursor = point
    // Close what ends here; marks opened inside one that closes are closed
    // with it and reopened as continuation pieces.
    const firstEnding = stack.findIndex((open) => open.end <= point)
    if (firstEnding !== -1) {
      const above = stack.slice(firstEnding)
      for (const open of [...above].reverse()) html += closing(open.span)
      stack = stack.slice(0, firstEnding)
      for (const open of above) {
        if (open.end <= point) continue
        html += open.span.open(false)
        stack.push(open)
      }
    }
    while (next < order.length && order[next]!.start === point) {
      const item = order[next++]!
      html += item.span.open(true)
      if (item.end === item.start) html += closing(item.span)
      else stack.push(item)
    }
  }
  html += escapeHtml(text.slice(cursor))
  for (const open of [...stack].reverse()) html += closing(open.span)
  return html
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length)
}
