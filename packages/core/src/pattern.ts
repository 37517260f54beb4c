/**
 * Parse lexicon phrase patterns (plain strings) into step sequences for the
 * matcher. The syntax is data, not code, so lexicons stay editable by
 * non-programmers:
 *
 * - `treats acne`: words, matched after normalisation (case, curly quotes,
 *   British spelling).
 * - `treat~`: the word and its inflections (treats, treated, treating).
 * - `cure|heal~|relieve~`: alternatives for one word.
 * - `[the|your]`: an optional word.
 * - `anti-acne`: a hyphenated compound matches `anti-acne`, `anti acne` and
 *   `antiacne`.
 * - `@condition`: a class of phrases defined in the lexicon.
 * - `#num`: a number (`87`, `9/10`, `ten`).
 * - `*`: any one word; `...`: a gap of up to four words.
 */
import {inflect} from './inflect.js'
import {normalizeWord} from './normalize.js'

/** One step of a compiled phrase. */
export type Step =
  | {readonly type: 'word'; readonly value: string}
  | {readonly type: 'class'; readonly name: string}
  | {readonly type: 'any'}
  | {readonly type: 'gap'; readonly max: number}

/** The largest gap `...` may skip, in words. */
export const gapSize = 4

/** Token sequences one alternative of a word element can take. */
function wordForms(raw: string): string[][] {
  const inflected = raw.endsWith('~')
  const base = inflected ? raw.slice(0, -1) : raw
  const pieces = base.split('-').filter(Boolean)
  if (pieces.length === 0) throw new Error(`Empty word in phrase pattern near \`${raw}\``)
  const expand = (word: string): string[] => (inflected ? inflect(word) : [word])
  if (pieces.length === 1) return expand(normalizeWord(base)).map((w) => [w])
  // Hyphenated compound: inflect the last piece, accept it split or joined.
  const head = pieces.slice(0, -1).map(normalizeWord)
  const lasts = expand(normalizeWord(pieces.at(-1)!))
  const forms: string[][] = []
  for (const last of lasts) {
    forms.push([...head, last])
    forms.push([[...head, last].join('')])
  }
  return forms
}

/**
 * Elements parsed so far, by their text. Lexicons repeat the same elements
 * (`[the|your]`, `treat~`, `@condition`) across thousands of phrases, and
 * compiling the lexicons is most of a one-page run's start-up (issue 6). The
 * parsed steps are never changed afterwards, so phrases share them.
 */
const parsedElements = new Map<string, Step[][]>()

/** Alternatives of one element (shared, never to be changed): each is a list of steps (empty for an omitted optional). */
function element(raw: string): Step[][] {
  let options = parsedElements.get(raw)
  if (options === undefined) {
    options = parseElement(raw)
    parsedElements.set(raw, options)
  }
  return options
}

function parseElement(raw: string): Step[][] {
  if (raw === '...') return [[{type: 'gap', max: gapSize}]]
  if (raw === '*') return [[{type: 'any'}]]
  if (raw === '#num') return [[{type: 'class', name: '#num'}]]
  let body = raw
  let optional = false
  if (body.startsWith('[') && body.endsWith(']')) {
    optional = true
    body = body.slice(1, -1)
  }
  const options: Step[][] = optional ? [[]] : []
  for (const alternative of body.split('|')) {
    if (alternative.startsWith('@')) {
      options.push([{type: 'class', name: alternative.slice(1)}])
    } else if (alternative === '#num') {
      options.push([{type: 'class', name: '#num'}])
    } else {
      for (const form of wordForms(alternative)) {
        options.push(form.map((value) => ({type: 'word', value})))
      }
    }
  }
  return options
}

/** The most step sequences one pattern may expand to; more is a lexicon mistake, not a phrase. */
export const maxExpansion = 20_000

/** A pattern as elements; each element lists its alternative step lists (an empty list for an omitted optional word). */
export type Elements = Step[][][]

/**
 * Patterns parsed ahead of time: the bundled CLI's build writes the built-in
 * lexicons' patterns as JSON, and reading it costs less than parsing them on
 * every start (issue 6). Only patterns that parsed without error are in it,
 * and parsing is deterministic, so a hit is exactly what `parseElements`
 * would return.
 */
export interface PrecompiledPatterns {
  /**
   * Distinct elements (each an element's alternatives), their steps written
   * out as the matcher takes them: parsing the JSON makes the step objects,
   * with no second pass to build them (issue 6).
   */
  elements: Step[][][]
  /** Each pattern with the indices of its elements, in order. */
  patterns: Array<[pattern: string, elements: number[]]>
}

let precompiled: {elements: Step[][][]; patterns: Map<string, number[]>} | undefined

/** Use patterns parsed ahead of time (see `PrecompiledPatterns`); other patterns are still parsed on use. */
export function usePrecompiledPatterns(table: PrecompiledPatterns): void {
  precompiled = {elements: table.elements, patterns: new Map(table.patterns)}
}

/** Write patterns, parsed, as `usePrecompiledPatterns` reads them (for the build). */
export function precompilePatterns(patterns: Iterable<string>): PrecompiledPatterns {
  const table: PrecompiledPatterns = {elements: [], patterns: []}
  const ids = new Map<Step[][], number>()
  const seen = new Set<string>()
  for (const pattern of patterns) {
    if (seen.has(pattern)) continue
    seen.add(pattern)
    const indices = parseElements(pattern).map((options) => {
      let id = ids.get(options)
      if (id === undefined) {
        ids.set(options, (id = table.elements.length))
        table.elements.push(options)
      }
      return id
    })
    table.patterns.push([pattern, indices])
  }
  return table
}

/** Parse one phrase pattern into elements, validating it once. */
export function parseElements(pattern: string): Elements {
  if (precompiled !== undefined) {
    const known = precompiled.patterns.get(pattern)
    if (known !== undefined) {
      // Shared between the patterns that use an element, like `element`'s.
      const elements: Elements = []
      for (let k = 0; k < known.length; k++) elements.push(precompiled.elements[known[k]!]!)
      return elements
    }
  }
  const raws = pattern.trim().split(/\s+/).filter(Boolean)
  if (raws.length === 0) throw new Error('Empty phrase pattern')
  // Brackets and alternatives are the only syntax these checks are about; most patterns are plain words (issue 6).
  if (/[[\]|]/.test(pattern)) for (const raw of raws) {
    // `[risk of]` or `get rid|wipe away` would silently mean something else: alternatives are single words.
    const open = raw.startsWith('[')
    const close = raw.endsWith(']')
    if (open !== close || raw.slice(open ? 1 : 0, close ? -1 : undefined).includes('[') || raw.slice(0, -1).includes(']')) {
      throw new Error(`Phrase pattern \`${pattern}\`: brackets must wrap one word (\`${raw}\`)`)
    }
    if (/(^|\|)(\||$)/.test(raw.replace(/^\[|\]$/g, ''))) {
      throw new Error(`Phrase pattern \`${pattern}\`: empty alternative in \`${raw}\``)
    }
  }
  const elements = raws.map(element)
  const size = elements.reduce((product, options) => product * options.length, 1)
  if (size > maxExpansion) {
    throw new Error(`Phrase pattern \`${pattern}\` expands to more than ${maxExpansion} phrases; split it or use a class`)
  }
  return elements
}

/** Every step sequence that elements stand for (for tests and tools; the matcher walks elements directly). */
export function expand(elements: Elements, pattern = ''): Step[][] {
  let sequences: Step[][] = [[]]
  for (const options of elements) {
    sequences = sequences.flatMap((sequence) => options.map((option) => [...sequence, ...option]))
  }
  const valid = sequences.filter((s) => s.length > 0)
  for (const sequence of valid) {
    if (sequence[0]!.type === 'gap' || sequence.at(-1)!.type === 'gap') {
      throw new Error(`Phrase pattern \`${pattern}\` cannot start or end with a gap`)
    }
  }
  return valid
}

/** Expand one phrase pattern into every step sequence it stands for. */
export function parsePattern(pattern: string): Step[][] {
  return expand(parseElements(pattern), pattern)
}

/** Parse a literal phrase from configuration (`allow`, `deny`) into elements: words only, no pattern syntax. */
export function literalElements(phrase: string): Elements {
  const words = phrase.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) throw new Error('Empty phrase')
  return words.map((word) => {
    const pieces = word.split(/(?<=[^-])-(?=[^-])/).map(normalizeWord)
    const forms = pieces.length === 1 ? [pieces] : [pieces, [pieces.join('')]]
    return forms.map((form) => form.map((value) => ({type: 'word' as const, value})))
  })
}

/** Compile a literal phrase from configuration (`allow`, `deny`): words only, no pattern syntax. */
export function parseLiteral(phrase: string): Step[][] {
  return expand(literalElements(phrase), phrase)
}
