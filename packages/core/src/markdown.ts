/**
 * Markdown (and MDX-like Markdown) to copy blocks: remark-parse with GFM and
 * frontmatter, then a walk that decides what is copy. Copy: paragraphs,
 * headings, list items, blockquotes (testimonials), table cells, link text,
 * image alt text, frontmatter `title` and `description`, and the text inside
 * HTML blocks. Not copy: code, URLs, HTML tags and comments, link
 * definitions.
 */
import type {Nodes, Parents, Yaml} from 'mdast'
import {parseDocument, isMap, isScalar} from 'yaml'
import {collectDirectives} from './directives.js'
import {readFlatYaml} from './flat-yaml.js'
import {parseTree} from './markdown-tree.js'
import {sentencesOf, type FootnoteReference, type Leaf} from './sentences.js'
import type {BlockKind, Document, Sentence} from './types.js'

/** Frontmatter fields that are copy (page title and meta description). */
export const frontmatterFields = ['title', 'description'] as const

interface State {
  text: string
  sentences: Sentence[]
  definitions: Set<string>
  frontmatter?: Record<string, unknown>
}

/**
 * A footnote reference left as text because the page does not define it:
 * `Firmer skin.[^firm-2025]` citing an entry of the claims register. It is a
 * reference, not copy (`firm 2025` are not words of the sentence).
 */
const unresolvedReference = /\[\^([^\]\s]+)\]/g

/** Replace HTML tags, comments, scripts and styles by spaces, keeping offsets and line breaks. */
export function blankHtml(value: string): string {
  const blank = (match: string): string => match.replace(/[^\r\n]/g, ' ')
  return value
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    .replace(/<[^>]*>?/g, blank)
}

/** Append a list to another; `push(...list)` overflows the stack on a 1 MB paragraph's sentences. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

/** Collect the phrasing leaves of a block; images become blocks of their own. */
function leavesOf(node: Nodes, state: State, leaves: Leaf[], references: FootnoteReference[]): void {
  switch (node.type) {
    case 'text': {
      const offset = start(node)
      const value = state.text.slice(offset, node.position?.end.offset ?? 0)
      // Most text holds no reference: skip the expression's iterator.
      if (!value.includes('[^')) {
        if (value) leaves.push({type: 'text', value, offset})
        return
      }
      let from = 0
      for (const found of value.matchAll(unresolvedReference)) {
        if (found.index > from) leaves.push({type: 'text', value: value.slice(from, found.index), offset: offset + from})
        // mdast lowercases footnote identifiers; so do these.
        references.push({label: found[1]!.toLowerCase(), offset: offset + found.index})
        from = found.index + found[0].length
      }
      if (from < value.length) leaves.push({type: 'text', value: value.slice(from), offset: offset + from})
      return
    }
    case 'inlineCode':
      leaves.push({type: 'code', value: node.value, offset: start(node)})
      return
    case 'break':
      return
    case 'image':
    case 'imageReference':
      if (node.alt) addAlt(node, node.alt, state)
      return
    case 'footnoteReference':
      references.push({label: node.identifier, offset: start(node)})
      return
    case 'link': {
      // A bare URL (autolink or GFM literal) is not copy.
      const only = node.children.length === 1 ? node.children[0] : undefined
      if (only?.type === 'text' && (only.value === node.url || `mailto:${only.value}` === node.url || `http://${only.value}` === node.url)) return
      break
    }
    default:
      break
  }
  if ('children' in node) for (const child of node.children) leavesOf(child, state, leaves, references)
}

function addAlt(node: Nodes, alt: string, state: State): void {
  // Alt text sits after `![`; find it in the source so positions match escapes.
  const from = start(node)
  const at = state.text.indexOf(alt, from)
  const offset = at !== -1 && at < (node.position?.end.offset ?? 0) ? at : from + 2
  append(state.sentences, sentencesOf([{type: 'text', value: alt, offset}], 'alt'))
}

function block(node: Parents, kind: BlockKind, state: State): void {
  const leaves: Leaf[] = []
  const references: FootnoteReference[] = []
  for (const child of node.children) leavesOf(child, state, leaves, references)
  // Text leaves take the source slice, so entities and escapes keep their length.
  append(state.sentences, sentencesOf(leaves, kind, references))
}

function frontmatter(node: Yaml, state: State): void {
  const source = state.text.slice(start(node), node.position?.end.offset ?? 0)
  const bodyOffset = start(node) + source.indexOf(node.value)
  // Most pages have flat frontmatter (`title: …`), read without the YAML parser (flat-yaml.ts).
  const flat = readFlatYaml(node.value)
  if (flat) {
    state.frontmatter = Object.fromEntries([...flat].map(([key, field]) => [key, field.value]))
    for (const name of frontmatterFields) {
      const field = flat.get(name)
      if (field) append(state.sentences, sentencesOf([{type: 'text', value: field.value, offset: bodyOffset + field.offset}], 'frontmatter'))
    }
    return
  }
  let document
  try {
    // `logLevel: 'error'`: yaml would print odd keys (`{a: b}: c`) as a process warning; core prints nothing.
    document = parseDocument(node.value, {logLevel: 'error'})
  } catch {
    return
  }
  if (!isMap(document.contents)) return
  // Fields as data, for rules that read them (`markets:`); a value YAML cannot build leaves them out.
  try {
    const data: unknown = document.toJS()
    if (data && typeof data === 'object') state.frontmatter = data as Record<string, unknown>
  } catch {
    // Copy fields below are still linted.
  }
  for (const field of frontmatterFields) {
    const scalar = document.contents.get(field, true)
    if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) continue
    const raw = node.value.slice(scalar.range[0], scalar.range[1])
    // Plain and simply quoted values map one to one onto the file; others start at their offset.
    const quoted = /^["']/.test(raw) ? 1 : 0
    const offset = bodyOffset + scalar.range[0] + quoted
    const text: string = scalar.value
    const exact = raw.slice(quoted, quoted ? -1 : undefined) === text
    const value = exact ? text : text.replace(/\s+/g, ' ')
    append(state.sentences, sentencesOf([{type: 'text', value, offset}], 'frontmatter'))
  }
}

function walk(node: Nodes, state: State, context: BlockKind): void {
  switch (node.type) {
    case 'yaml':
      frontmatter(node, state)
      return
    case 'code':
    case 'definition':
      return
    case 'heading':
      block(node, 'heading', state)
      return
    case 'paragraph':
      block(node, context, state)
      return
    case 'tableCell':
      block(node, 'tableCell', state)
      return
    case 'html': {
      const value = blankHtml(state.text.slice(start(node), node.position?.end.offset ?? 0))
      if (value.trim()) append(state.sentences, sentencesOf([{type: 'text', value, offset: start(node)}], 'html'))
      return
    }
    case 'footnoteDefinition':
      state.definitions.add(node.identifier)
      for (const child of node.children) walk(child, state, 'footnote')
      return
    case 'blockquote':
      for (const child of node.children) walk(child, state, 'blockquote')
      return
    case 'listItem':
      for (const child of node.children) walk(child, state, context === 'blockquote' ? context : 'listItem')
      return
    default:
      if ('children' in node) for (const child of node.children) walk(child, state, context)
  }
}

/**
 * Markers defined by legend lines: `*Based on a consumer study of 32 women.`,
 * `\\* Based on…`, `† In vitro data.`. In Markdown `* text` is a list item,
 * so there an unescaped `*` must touch its text.
 */
export function legendMarks(text: string, markdown: boolean): string[] {
  const marks = new Set<string>()
  const legend = markdown ? /^[ \t>]*(?:\\\*|\*(?=[^\s*])|([†‡§]))/gm : /^[ \t]*([*†‡§])(?=\s*\S)/gm
  for (const match of text.matchAll(legend)) {
    const mark = match[1] ?? '*'
    marks.add(mark)
  }
  return [...marks]
}

/** Parse a Markdown file into sentences of copy (`pieceSize`: see markdown-tree.ts; tests set it small). */
export function parseMarkdown(text: string, pieceSize?: number): Document {
  const state: State = {text, sentences: [], definitions: new Set()}
  let control: ReturnType<typeof collectDirectives>
  try {
    const tree = parseTree(text, pieceSize)
    // Nesting too deep to parse (markdown-tree.ts): the copy is still linted, as plain text.
    if (!tree) return parseText(text)
    walk(tree, state, 'paragraph')
    control = collectDirectives(tree, text.length)
  } catch (error) {
    // Deeply nested inline markup (`*a *a *a …`) can still exhaust the stack of the parser's or our recursive walks.
    if (error instanceof RangeError) return parseText(text)
    throw error
  }
  for (const mark of legendMarks(text, true)) state.definitions.add(mark)
  state.sentences.sort((a, b) => a.start - b.start)
  const {directives, problems} = control
  return {
    text,
    sentences: state.sentences,
    footnoteDefinitions: state.definitions,
    directives,
    directiveProblems: problems,
    ...(state.frontmatter ? {frontmatter: state.frontmatter} : {})
  }
}

/** Block-level HTML elements: their tags separate copy the way paragraphs do. */
const blockTags = /<\/?(?:p|div|h[1-6]|li|ul|ol|td|th|tr|table|section|article|header|footer|main|nav|aside|blockquote|figure|figcaption|title|dt|dd|br|hr)\b[^>]*>/gi

/**
 * Parse an HTML page into sentences of copy: text between tags, with block
 * tags as paragraph breaks, plus the meta description and image alt text.
 * Offsets stay those of the file (tags are blanked, never removed).
 */
export function parseHtml(text: string): Document {
  const paragraphBreak = (tag: string): string => (tag.length >= 2 ? '\n\n' + ' '.repeat(tag.length - 2) : ' ')
  const value = blankHtml(text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, (m) => m.replace(/[^\r\n]/g, ' ')).replace(blockTags, paragraphBreak))
  const sentences = sentencesOf([{type: 'text', value, offset: 0}], 'html')
  // `<meta name="description" content="…">` and `alt="…"` are copy too.
  const attributes = /<meta\b[^>]*\bname=["']description["'][^>]*\bcontent=(["'])([^"']*)\1|<img\b[^>]*\balt=(["'])([^"']*)\3/gi
  for (const match of text.matchAll(attributes)) {
    const content = match[2] ?? match[4] ?? ''
    if (!content.trim()) continue
    const offset = match.index + match[0].lastIndexOf(content)
    append(sentences, sentencesOf([{type: 'text', value: content, offset}], match[2] === undefined ? 'alt' : 'frontmatter'))
  }
  sentences.sort((a, b) => a.start - b.start)
  return {text, sentences, footnoteDefinitions: new Set(), directives: [], directiveProblems: []}
}

/** Parse plain text into sentences of copy. */
export function parseText(text: string): Document {
  const sentences = sentencesOf([{type: 'text', value: text, offset: 0}], 'text')
  const definitions = new Set(legendMarks(text, false))
  return {text, sentences, footnoteDefinitions: definitions, directives: [], directiveProblems: []}
}
