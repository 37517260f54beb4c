/**
 * Markdown text to an mdast tree, in time linear in the size of the file.
 * micromark (under remark-parse) copies every event of the document each time
 * a block quote or list item closes (`document.js`, upstream
 * micromark/micromark#169), so a file of many quotes or list items parses in
 * quadratic time: 256 KB of `> quote` paragraphs took 38 s (issue 7). Large
 * files are therefore parsed in pieces cut where no block can be open, and
 * the pieces' trees are joined with their offsets shifted back; small files
 * (every real product page) are parsed whole, exactly as before.
 */
import type {Nodes, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {remarkGfmCopy} from './gfm.js'

const processor = unified().use(remarkParse).use(remarkGfmCopy).use(remarkFrontmatter, ['yaml'])

/** Files up to this size are parsed whole; larger ones in pieces of about this size. */
export const defaultPieceSize = 16384

/** A paragraph longer than this is cut inside too, before a line or a word (see `pieces`). */
export const longLine = 65536

/**
 * Container nesting beyond which a file is not parsed as Markdown: micromark
 * and the unist walkers recurse once per level, and 10,000 nested quotes
 * overflow the stack. markdown-it stops at 100 levels (`maxNesting`) for the
 * same reason; no product page comes near it.
 */
export const maxNesting = 100

/** Parse Markdown into a tree, or `undefined` when it nests deeper than `maxNesting`. */
export function parseTree(text: string, pieceSize = defaultPieceSize): Root | undefined {
  if (nestingDepth(text) > maxNesting) return undefined
  if (text.length <= pieceSize) return processor.parse(text) as Root
  const root: Root = {type: 'root', children: []}
  const {ends, definitions, soft} = pieces(text, pieceSize)
  // Definitions are document-wide (`[^1]` or `[Shop][1]` may be defined in
  // another piece): parse every piece with all of them appended, then drop
  // what the appendix produced. Skipped when they are too many to repeat.
  const appendix = definitions.length > 0 && definitions.join('').length <= defaultPieceSize ? `\n\n${definitions.join('\n\n')}\n` : ''
  let line = 0
  let from = 0
  for (const to of [...ends, text.length]) {
    const source = text.slice(from, to)
    const piece = processor.parse(source + appendix) as Root
    piece.children = piece.children.filter((child) => (child.position?.start.offset ?? 0) < source.length)
    shift(piece, from, line, soft.has(from) ? from - lineStart(text, from) : 0)
    const first = piece.children[0]
    const last = root.children.at(-1)
    if (soft.has(from) && first?.type === 'paragraph' && last?.type === 'paragraph') {
      // The same paragraph, cut inside a long line: one node again.
      for (const child of first.children) last.children.push(child)
      last.position = {start: last.position!.start, end: first.position!.end}
      piece.children.shift()
    }
    for (const child of piece.children) root.children.push(child)
    line += countLines(text, from, to)
    from = to
  }
  const end = root.children.at(-1)?.position?.end
  root.position = {start: {line: 1, column: 1, offset: 0}, end: end ?? {line: 1, column: 1, offset: 0}}
  return root
}

/**
 * The deepest container nesting of any line: block quote markers, list
 * markers and indentation (two columns a level). A line of markers only
 * (`- - -`, a thematic break) nests nothing.
 */
export function nestingDepth(text: string): number {
  let deepest = 0
  const line = /^[^\n\r]*/gm
  for (const match of text.matchAll(line)) {
    const value = match[0]
    let at = 0
    let columns = 0
    let depth = 0
    for (;;) {
      const char = value[at]
      if (char === ' ' || char === '\t') {
        columns += char === '\t' ? 4 : 1
        at++
      } else if (char === '>') {
        depth++
        at++
      } else if ((char === '-' || char === '*' || char === '+') && /[ \t]/.test(value[at + 1] ?? '')) {
        depth++
        at += 2
      } else {
        const ordered = /^\d{1,9}[.)][ \t]/.exec(value.slice(at, at + 12))
        if (!ordered) break
        depth++
        at += ordered[0].length
      }
    }
    // Markers alone (`- - - -`, `* * *`, an empty `>`) open nothing that holds copy.
    if (/^[\s>*+_-]*$/.test(value.slice(at))) continue
    const total = depth + Math.floor(columns / 2)
    if (total > deepest) deepest = total
  }
  return deepest
}

/**
 * Offsets where the file can be cut into independently parsed pieces, and
 * the file's definition lines (`[^1]: …`, `[shop]: https://…`). A cut is the
 * start of a line at column 0 after a blank line, where every container and
 * paragraph is closed, unless the line is a list item (it would continue the
 * list before, which `<!--claimlint ignore-->` treats as one node) or `---`
 * (frontmatter at the start of a piece). Never inside frontmatter, a fenced
 * code block or an HTML block that runs over blank lines (`<!-- … -->`,
 * `<pre>`, `<script>`, `<style>`, `<textarea>`).
 */
export function pieces(text: string, pieceSize: number): {ends: number[]; definitions: string[]; soft: Set<number>} {
  const ends: number[] = []
  const soft = new Set<number>()
  const definitions: string[] = []
  let pieceStart = 0
  let previous: 'blank' | 'definition' | 'other' = 'other'
  /** Where the current cuttable paragraph starts (see below). */
  let paragraph: number | undefined
  let fence: {char: string; size: number} | undefined
  let htmlEnd: RegExp | undefined
  // A line starting with a tag may open an HTML block that ends at a blank line (types 6 and 7).
  let inHtml = false
  const lines = /([^\r\n]*)(\r\n|\r|\n|$)/y
  let at = 0
  if (/^---[ \t]*(?:\r\n|\r|\n)/.test(text)) {
    // Frontmatter: the piece boundary search starts after its closing fence.
    const close = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.exec(text.slice(3))
    at = close ? 3 + close.index + close[0].length : text.length
  }
  const start = at
  while (at < text.length) {
    lines.lastIndex = at
    const found = lines.exec(text)!
    const line = found[1]!
    const lineEnd = at + found[0].length
    const blank = /^[ \t\r]*$/.test(line)
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.size) fence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else {
      if (blank) inHtml = false
      const cut =
        at - pieceStart >= pieceSize &&
        at > 0 &&
        // `---` would open frontmatter at the start of a piece.
        /^[^\s]/.test(line) &&
        !line.startsWith('---') &&
        !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line) &&
        previous === 'blank'
      if (cut) {
        ends.push(at)
        pieceStart = at
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      const kind = htmlBlockEnd(line)
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = {char: open[1]![0]!, size: open[1]!.length}
      else if (kind) htmlEnd = kind.test(line.slice(line.indexOf('<') + 2)) ? undefined : kind
      else if (/^ {0,3}</.test(line)) inHtml = true
      // A link definition cannot interrupt a paragraph (only one after a blank line or another definition counts); a footnote definition can.
      const labelled = /^ {0,3}\[(\^?)(?:[^\]\\]|\\.)+\]:/.exec(line)
      const definition = !fence && !htmlEnd && !inHtml && labelled !== null && (labelled[1] === '^' || previous !== 'other' || at === start)
      if (definition) definitions.push(line)
      // A top-level paragraph whose lines all start with a letter (no line of
      // it can open or interrupt another block): where a long one may be cut.
      const letter = /^[A-Za-z]/.test(line) && !line.includes('|')
      if (blank || definition || fence || htmlEnd || inHtml) paragraph = undefined
      else if (previous !== 'other' || at === start) paragraph = letter ? at : undefined
      else if (!letter) paragraph = undefined
      // Not before a setext underline, which makes the paragraph a heading.
      const underlined = /^ {0,3}(?:=+|-+)[ \t]*(?:\r\n|\r|\n|$)/.test(text.slice(lineEnd, lineEnd + 64))
      if (paragraph !== undefined && !underlined) {
        // micromark's text resolver splices its event list once per run of
        // text, quadratic in one huge paragraph (87,000 `[^1]` references in
        // a 1 MB line took a minute). Past `longLine`, cut such a paragraph
        // before a line or inside a line before a word, and join the
        // paragraphs on either side again (parseTree). Inline markup open
        // across a cut (`**` … `**`) reads as text; no real paragraph is 64 KB.
        if (previous === 'other' && at - paragraph >= longLine && at - pieceStart >= pieceSize) {
          ends.push(at)
          soft.add(at)
          pieceStart = at
        }
        if (line.length > longLine) {
          for (let cutAt = at + pieceSize; cutAt < at + line.length - pieceSize; cutAt += pieceSize) {
            const word = /[ \t]+(?=[A-Za-z])/g
            word.lastIndex = cutAt - at
            const found = word.exec(line)
            if (!found || found.index - (cutAt - at) > pieceSize) continue
            cutAt = at + found.index + found[0].length
            if (cutAt >= at + line.length) break
            ends.push(cutAt)
            soft.add(cutAt)
            pieceStart = cutAt
          }
        }
      }
    }
    previous = blank ? 'blank' : definitions.at(-1) === line && !fence ? 'definition' : 'other'
    if (lineEnd === at) break
    at = lineEnd
  }
  return {ends, definitions, soft}
}

/** The end condition of an HTML block (CommonMark types 1 to 5) that a line opens, if any. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const start = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(line)
  if (!start) return undefined
  const kind = start[1]!.toLowerCase()
  if (kind === '!--') return /-->/
  if (kind === '?') return /\?>/
  if (kind === '![cdata[') return /\]\]>/
  if (kind.startsWith('!')) return />/
  return /<\/(?:script|pre|style|textarea)>/i
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index)
    // `\r\n` counts once; a lone `\r` ends a line too.
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) lines++
  }
  return lines
}

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1
}

/**
 * Move every position of a piece's tree to where the piece sits in the file
 * (iteratively: trees can be deep); `columns` shifts the piece's first line
 * when it starts inside a line.
 */
function shift(root: Root, offset: number, lines: number, columns = 0): void {
  if (offset === 0) return
  const stack: Nodes[] = [...root.children]
  const move = (point: {line: number; column: number; offset?: number | undefined}) => ({
    line: point.line + lines,
    column: point.column + (point.line === 1 ? columns : 0),
    offset: (point.offset ?? 0) + offset
  })
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      position.start = move(position.start)
      position.end = move(position.end)
    }
    if ('children' in node) for (const child of node.children as RootContent[]) stack.push(child)
  }
}
