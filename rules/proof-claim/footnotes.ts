/**
 * Which sentences tie a proof claim to a source on the page: a Markdown
 * footnote reference (`Clinically proven.[^1]`) or a symbol marker
 * (`Clinically proven*` with a `*Based on a study of 32 women.` legend).
 *
 * The footnote labels core attaches to `sentence.footnotes` are read from the
 * copy itself here, because core attaches a `[^1]` reference to the last
 * sentence of its block and does not register `*` legend lines as
 * definitions (see the rule's report); this stays correct once core is fixed.
 */
import type {Document, Sentence} from '@claimlint/core'

/** Symbols used as footnote markers in copy. */
const marks = /[*†‡§]/g

/** A Markdown footnote reference: `[^1]`, `[^note]`. */
const reference = /\[\^([^\]\s]+)\]/g

const legendCache = new WeakMap<Document, Set<string>>()

/** A legend line's opening marker, matched where the line starts (sticky). */
const legendLine = /[ \t]{0,3}\\?([*†‡§])+[ \t]*\S/y

/** The page's non-empty sentences ordered by where they start, for binary search. */
const orderCache = new WeakMap<Document, {starts: number[]; sentences: Sentence[]}>()

function ordered(document: Document): {starts: number[]; sentences: Sentence[]} {
  let order = orderCache.get(document)
  if (order) return order
  const sentences = document.sentences.filter((s) => s.tokens.length > 0).sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start)
  order = {starts: sentences.map((s) => s.tokens[0]!.start), sentences}
  orderCache.set(document, order)
  return order
}

/** The first sentence starting at or after `offset` (`strict`: after it). */
function firstFrom(document: Document, offset: number, strict: boolean): Sentence | undefined {
  const {starts, sentences} = ordered(document)
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (strict ? starts[middle]! <= offset : starts[middle]! < offset) low = middle + 1
    else high = middle
  }
  return sentences[low]
}

/** Position of the first token of the sentence after `sentence` in the document, or the text's end. */
function nextStart(sentence: Sentence, document: Document): {at: number; next: Sentence | undefined} {
  const next = firstFrom(document, sentence.tokens[0]!.start, true)
  return {at: next?.tokens[0]!.start ?? document.text.length, next}
}

/** Start of the line a sentence's first word sits on. */
function lineStartOf(sentence: Sentence, document: Document): number {
  return document.text.lastIndexOf('\n', sentence.tokens[0]!.start - 1) + 1
}

/** The marker opening a legend line (`*` in `*Based on a consumer study of 32 women.`), if the line is one. */
function legendMark(lineStart: number, document: Document): string | undefined {
  legendLine.lastIndex = lineStart
  const symbol = legendLine.exec(document.text)
  if (!symbol) return undefined
  // The marker must be text, not Markdown emphasis (`**Note**`) or a list bullet: the line's first sentence lists it.
  const first = firstFrom(document, lineStart, false)
  return first?.footnotes.includes(symbol[1]!) ? symbol[1] : undefined
}

/** Whether a sentence sits on a legend line (`*Based on a consumer study of 32 women. Results may vary.`): evidence, not a claim. */
export function isLegend(sentence: Sentence, document: Document): boolean {
  if (sentence.tokens.length === 0) return false
  return legendMark(lineStartOf(sentence, document), document) !== undefined
}

/** Labels a page defines: Markdown footnote definitions plus the marks of legend lines. */
export function definedLabels(document: Document): Set<string> {
  let labels = legendCache.get(document)
  if (labels) return labels
  labels = new Set([...document.footnoteDefinitions].map((label) => label.toLowerCase()))
  for (const sentence of document.sentences) {
    if (sentence.tokens.length === 0) continue
    const mark = legendMark(lineStartOf(sentence, document), document)
    if (mark) labels.add(mark)
  }
  legendCache.set(document, labels)
  return labels
}

/** Footnote labels a sentence refers to, read from its text up to the next sentence on the same line. */
export function referencedLabels(sentence: Sentence, document: Document): string[] {
  if (sentence.tokens.length === 0) return []
  // Every claim in a sentence asks; read the sentence's region once.
  let labels = referenceCache.get(sentence)
  if (!labels) referenceCache.set(sentence, (labels = readLabels(sentence, document)))
  return labels
}

const referenceCache = new WeakMap<Sentence, string[]>()

function readLabels(sentence: Sentence, document: Document): string[] {
  const start = sentence.tokens[0]!.start
  const lastEnd = sentence.tokens.at(-1)!.end
  const {at, next} = nextStart(sentence, document)
  const lineEnd = document.text.indexOf('\n', lastEnd)
  const end = Math.min(at, lineEnd === -1 ? document.text.length : lineEnd)
  const region = document.text.slice(start, end)
  const labels = [...region.matchAll(reference)].map((found) => found[1]!.toLowerCase())
  // A symbol counts only when the tokenizer saw it as text (not `*emphasis*`) in this sentence or the next one.
  const literal = new Set([...sentence.footnotes, ...(next?.footnotes ?? [])])
  for (const mark of region.replace(reference, '').match(marks) ?? []) if (literal.has(mark)) labels.push(mark)
  return labels
}

/** Whether a sentence carries a footnote reference whose label the page defines. */
export function isSourced(sentence: Sentence, document: Document): boolean {
  let sourced = sourcedCache.get(sentence)
  if (sourced === undefined) {
    const defined = definedLabels(document)
    sourced = referencedLabels(sentence, document).some((label) => defined.has(label))
    sourcedCache.set(sentence, sourced)
  }
  return sourced
}

const sourcedCache = new WeakMap<Sentence, boolean>()
