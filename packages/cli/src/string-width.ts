/**
 * A fast path for `string-width`, which vfile-reporter calls on every cell
 * of the stylish report to line up columns. Its first call builds an
 * `Intl.Segmenter` and a large emoji expression, about 14 ms of a one-file
 * run (issue 6), yet nearly every cell is printable ASCII or Latin-1 or
 * general punctuation (our messages cite "§ 201", use "—" and curly
 * quotes), one column a character. The bundle (scripts/bundle.js) routes vfile-reporter's import
 * of `string-width` through this wrapper; anything else goes to the real
 * function.
 */

type Width = (text: string, options?: object) => number

/**
 * Characters one column wide that never join a neighbour into one grapheme:
 * printable ASCII, printable Latin-1 but for © and ® (emoji, two columns),
 * and general punctuation but for ‼ and ⁉ (emoji). string-width.test.ts
 * checks every one of them against the real function.
 */
export const singleColumn = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u00FF\u2010-\u203B\u203D-\u2048\u204A-\u205E]*$/

/** `width`, answering text made only of `singleColumn` characters without calling it. */
export function withSingleColumnFastPath(width: Width): Width {
  return (text, options) => (typeof text === 'string' && singleColumn.test(text) ? text.length : width(text, options))
}
