/**
 * The bridge from copy to sentences. Like mdast-util-to-nlcst (the engine of
 * remark-retext) it tokenizes text leaves with parse-english and runs the
 * parser's own sentence, paragraph and root plugins, but it works per block
 * of copy and tracks file offsets itself: mdast-util-to-nlcst drops tables,
 * frontmatter and HTML, and rebuilds a line index of the whole file on every
 * call, which is quadratic when called once per block.
 */
import type {
  Paragraph as NlcstParagraph,
  Root as NlcstRoot,
  Sentence as NlcstSentence,
  SentenceContent,
  Nodes as NlcstNodes
} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {normalizeWord} from './normalize.js'
import type {BlockKind, Sentence, Token} from './types.js'

/** A piece of copy inside a block: text at an offset, or code that breaks phrases. */
export type Leaf = {type: 'text'; value: string; offset: number} | {type: 'code'; offset: number; value: string}

const parser = new ParseEnglish()
const lineBreaks = /^[ \t]*((\r?\n|\r)[\t ]*)+$/
const terminal = /^([!.?\u2026\u203D]+)$/
const footnoteMarks = new Set(['*', '†', '‡', '§'])
/** Sentences of one block handed to parse-english's paragraph plugins at once; no real block has more. */
const sentencesPerRun = 1000
/** Tokens without white space between them after which a run is split: no word of copy is this long. */
const maxRun = 10_000

/** Set offsets on nodes from `offset` on; a parent ends where its last child does (its text is theirs joined). */
function place(nodes: readonly NlcstNodes[], offset: number): number {
  let at = offset
  for (const node of nodes) {
    const end = 'children' in node ? place(node.children, at) : at + node.value.length
    node.position = {start: {line: 1, column: 1, offset: at}, end: {line: 1, column: 1, offset: end}}
    at = end
  }
  return at
}

function split<T extends NlcstParagraph | NlcstSentence>(
  node: T,
  type: string,
  expression: RegExp
): T[] {
  const result: T[] = []
  const children = node.children
  let start = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (index === children.length - 1 || (child.type === type && expression.test(toString(child)))) {
      result.push({type: node.type, children: children.slice(start, index + 1)} as T)
      start = index + 1
    }
  }
  return result
}

/** Parse the leaves of one block into nlcst, with offsets on every node. */
function toNlcst(leaves: readonly Leaf[]): NlcstRoot {
  const content: SentenceContent[] = []
  let previousEnd: number | undefined
  let run = 0
  for (const leaf of leaves) {
    if (previousEnd !== undefined && leaf.offset > previousEnd) {
      // Markup between leaves (`**`, `](url)`) reads as a space.
      const space = {type: 'WhiteSpaceNode', value: ' '} as const
      content.push({...space, position: {start: {line: 1, column: 1, offset: previousEnd}, end: {line: 1, column: 1, offset: leaf.offset}}})
    }
    const nodes: SentenceContent[] =
      leaf.type === 'code' ? [{type: 'SourceNode', value: leaf.value}] : parser.tokenize(leaf.value)
    previousEnd = place(nodes, leaf.offset)
    // Not `push(...nodes)`: a 1 MB paragraph has more words than a call takes arguments.
    for (const node of nodes) {
      content.push(node)
      run = node.type === 'WhiteSpaceNode' ? 0 : run + 1
      if (run === maxRun) {
        // parse-english joins `anti-anti-…` into one word with `push(...parts)`, which
        // overflows the stack on a 1 MB hyphenated "word": an empty space splits the run.
        const at = node.position!.end
        content.push({type: 'WhiteSpaceNode', value: '', position: {start: {...at}, end: {...at}}})
        run = 0
      }
    }
  }
  const sentence: NlcstSentence = {type: 'SentenceNode', children: content}
  for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence)
  const sentences = split(sentence, 'PunctuationNode', terminal)
  const paragraph: NlcstParagraph = {type: 'ParagraphNode', children: sentences}
  if (sentences.length <= sentencesPerRun) {
    for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph)
  } else {
    // parse-english merges sentences with `splice`, quadratic in a block of
    // 300,000 one-word sentences (issue 7); run it on runs of sentences.
    paragraph.children = []
    for (let from = 0; from < sentences.length; from += sentencesPerRun) {
      const run: NlcstParagraph = {type: 'ParagraphNode', children: sentences.slice(from, from + sentencesPerRun)}
      for (const plugin of parser.tokenizeParagraphPlugins) plugin(run)
      for (const child of run.children) paragraph.children.push(child)
    }
  }
  const root: NlcstRoot = {type: 'RootNode', children: split(paragraph, 'WhiteSpaceNode', lineBreaks)}
  for (const plugin of parser.tokenizeRootPlugins) plugin(root)
  return root
}

const offsetOf = (node: NlcstNodes): number => node.position?.start.offset ?? 0
const endOf = (node: NlcstNodes): number => node.position?.end.offset ?? 0

/** Punctuation that keeps words of one phrase together (quotes) or apart. */
function boundaryOf(mark: string): Token['boundary'] {
  if (mark === ',') return 'comma'
  if (/^["'\u2018\u2019\u201C\u201D\u00AB\u00BB]+$/.test(mark)) return 'soft'
  return 'hard'
}

/** Dashes that join the words of a compound when written without spaces. */
const isCompoundDash = (mark: string): boolean => /^[\u2010\u2011\u2013]$/.test(mark)

/** Whether a comma between two words separates thousands: `5,000`, `1,250,000`. */
function isThousands(before: NlcstNodes | undefined, after: NlcstNodes | undefined): boolean {
  return before?.type === 'WordNode' && after?.type === 'WordNode' && /^\d{1,3}(,\d{3})*$/.test(toString(before)) && /^\d{3}$/.test(toString(after))
}

const stronger = (a: Token['boundary'], b: Token['boundary']): Token['boundary'] =>
  a === 'hard' || b === 'hard' ? 'hard' : a === 'comma' || b === 'comma' ? 'comma' : 'soft'

/** Turn one nlcst sentence into claimlint tokens. */
function tokensOf(sentence: NlcstSentence, footnotes: FootnoteReference[]): Token[] {
  const tokens: Token[] = []
  let boundary: Token['boundary'] = 'soft'
  // parse-english reads an en dash or non-breaking hyphen between two words
  // as punctuation: `cord blood–derived`, `non‑comedogenic` are compounds.
  let joinNext = false
  // `5,000 dermatologists`: a thousands separator keeps one number (`#num`).
  let mergeNumber = false
  const children = sentence.children
  const push = (value: string, start: number, end: number, joined = false): void => {
    const token: Token = {value, norm: normalizeWord(value), start, end, boundary: joined ? 'soft' : boundary}
    if (joined) token.joined = true
    tokens.push(token)
    boundary = 'soft'
  }
  children.forEach((child, at) => {
    if (child.type === 'WordNode') {
      const joinFirst = joinNext
      joinNext = false
      const previous = tokens.at(-1)
      if (mergeNumber && previous) {
        mergeNumber = false
        previous.value += `,${toString(child)}`
        previous.norm = normalizeWord(previous.value)
        previous.end = endOf(child)
        return
      }
      // Split hyphenated compounds and `a/b` into pieces; keep apostrophes (`doesn't`).
      let piece = ''
      let pieceStart = offsetOf(child)
      let pieces = 0
      const flush = (end: number): void => {
        if (piece) push(piece, pieceStart, end, pieces++ > 0 || joinFirst)
        piece = ''
      }
      child.children.forEach((part, index) => {
        const value = toString(part)
        const splits =
          part.type !== 'TextNode' &&
          (/^[-\u2010\u2011\u2013]$/.test(value) ||
            (value === '/' && !(/\d$/.test(piece) && /^\d/.test(toString(child.children[index + 1] ?? part)))))
        if (splits) {
          flush(offsetOf(part))
          pieceStart = endOf(part)
        } else if (part.type !== 'TextNode' && value === '.' && index === child.children.length - 1) {
          // Abbreviation dot (`Dr.`) is not part of the word.
        } else {
          if (!piece) pieceStart = offsetOf(part)
          piece += value
        }
      })
      flush(piece ? pieceStart + piece.length : pieceStart)
    } else if (child.type === 'SymbolNode') {
      const value = child.value
      if (footnoteMarks.has(value)) footnotes.push({label: value, offset: offsetOf(child)})
      else if (value === '%' || value === '&' || value === '+') push(value, offsetOf(child), endOf(child))
    } else if (child.type === 'PunctuationNode') {
      if (footnoteMarks.has(child.value)) footnotes.push({label: child.value, offset: offsetOf(child)})
      else if (child.value === ',' && isThousands(children[at - 1], children[at + 1])) mergeNumber = true
      else if (isCompoundDash(child.value) && children[at - 1]?.type === 'WordNode' && children[at + 1]?.type === 'WordNode') joinNext = true
      else boundary = stronger(boundary, boundaryOf(child.value))
    } else if (child.type === 'SourceNode') {
      boundary = 'hard'
    }
  })
  return tokens
}

/** A footnote reference inside a block, by label and offset. */
export interface FootnoteReference {
  label: string
  offset: number
}

/** Split one block of copy into claimlint sentences. */
export function sentencesOf(
  leaves: readonly Leaf[],
  block: BlockKind,
  references: readonly FootnoteReference[] = []
): Sentence[] {
  if (leaves.length === 0) return []
  const sentences: Sentence[] = []
  for (const paragraph of toNlcst(leaves).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue
      const marks: FootnoteReference[] = []
      const tokens = tokensOf(node, marks)
      const start = offsetOf(node.children[0] ?? node)
      const previous = sentences.at(-1)
      // parse-english opens the next sentence with a marker written after the
      // full stop (`Clinically proven.* Gentle.`): it belongs to the one before.
      const leading = marks.filter((mark) => previous && tokens.length > 0 && mark.offset < tokens[0]!.start && mark.offset === previous.end)
      if (previous) previous.footnotes.push(...leading.map((mark) => mark.label))
      if (tokens.length === 0) {
        if (previous) previous.footnotes.push(...marks.filter((m) => !leading.includes(m)).map((m) => m.label))
        continue
      }
      let lastMark: SentenceContent | undefined
      for (let index = node.children.length - 1; index >= 0 && !lastMark; index--) {
        if (node.children[index]!.type !== 'WhiteSpaceNode') lastMark = node.children[index]
      }
      sentences.push({
        tokens,
        start,
        end: endOf(node.children.at(-1) ?? node),
        block,
        question: lastMark !== undefined && lastMark.type === 'PunctuationNode' && lastMark.value.includes('?'),
        footnotes: marks.filter((mark) => !leading.includes(mark)).map((mark) => mark.label)
      })
    }
  }
  // A reference belongs to the sentence it follows: `Clinically proven.[^1]`.
  for (const reference of references) {
    sentences[lastStartingBy(sentences, reference.offset)]?.footnotes.push(reference.label)
  }
  return sentences
}

/** Index of the last sentence starting at or before `offset` (-1 if none), by binary search: a block can hold 100,000 references. */
function lastStartingBy(sentences: readonly Sentence[], offset: number): number {
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sentences[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}
