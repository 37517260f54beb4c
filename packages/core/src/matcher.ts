/**
 * The one phrase matcher of claimlint. Every rule's lexicon, the lexicons'
 * allow lists and the user's own phrases compile into a single token trie;
 * each sentence is walked once from every token, following only the edges its
 * words select. Work per token depends on the copy, not on how many phrases
 * the lexicons hold: a word edge is one `Map` lookup whether the trie has 100
 * or 10,000 phrases.
 */
import type {LexiconEntry, Token} from './types.js'
import {isNegator} from './context.js'
import {gapSize, literalElements, parseElements, type Elements, type Step} from './pattern.js'

/** What reaching the end of a phrase means. */
export interface Accept {
  /** A claim to report, or an allowed phrase that silences overlapping claims. */
  kind: 'claim' | 'allow'
  /** Rule the phrase belongs to; `null` for allow phrases that silence every rule. */
  ruleId: string | null
  /** The lexicon entry, for claims. */
  entry?: LexiconEntry
  /** Class key when the phrase ends in a class, so lists extend the match. */
  tailClass?: string
}

/** A phrase found in a sentence, by token indices (inclusive). */
export interface RawMatch {
  accept: Accept
  first: number
  last: number
}

/**
 * A trie node. A class with every field set up front, and fields cleared
 * rather than deleted, so all nodes share one shape and the walk's property
 * reads stay monomorphic (issue 6).
 */
class Node {
  /** The first word edge, kept out of a Map: most trie nodes have one child. */
  word: string | undefined = undefined
  wordNext: Node | undefined = undefined
  /** Further word edges. */
  words: Map<string, Node> | undefined = undefined
  classes: Array<{key: string; next: Node}> | undefined = undefined
  /** Class edges by the first word their class can start with, built on first use. */
  classIndex: ClassIndex | undefined = undefined
  any: Node | undefined = undefined
  gap: Node | undefined = undefined
  accepts: Accept[] | undefined = undefined
  /** Pattern remainders not yet expanded below this node (see `expandLevel`). */
  pending: Pending[] | undefined = undefined
}

/** A node's class edges, indexed so a word only tries the classes that can start with it. */
interface ClassIndex {
  byWord: Map<string, ClassEdge[]>
  numbers: Node[]
}

/** A class edge resolved to its class trie. */
interface ClassEdge {
  id: number
  root: Node
  next: Node
}

/** What every remainder of one inserted pattern shares (one object per pattern, not per remainder). */
interface Frame {
  elements: Elements
  accept: Accept
  scope: string
  pattern: string
}

/** The rest of one pattern, waiting below a trie node until a sentence reaches that node. */
interface Pending {
  frame: Frame
  index: number
  last: Step | undefined
}

/**
 * The accept of a phrase ending in a class (`tailClass` set), one per
 * accept, pattern and class, so that the branches of one pattern share it
 * and `match` reports their list once. Kept here rather than on each
 * pending pattern, which the constructor makes thousands of (issue 6).
 */
const tailedAccepts = new WeakMap<Accept, Map<string, Accept>>()

function tailedAccept(accept: Accept, pattern: string, key: string): Accept {
  let byPattern = tailedAccepts.get(accept)
  if (!byPattern) tailedAccepts.set(accept, (byPattern = new Map()))
  const id = `${key}\u0000${pattern}`
  let tailed = byPattern.get(id)
  if (!tailed) byPattern.set(id, (tailed = {...accept, tailClass: key}))
  return tailed
}

const numberWords = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred'
])
const numeric = /^\d+(?:[.,/]\d+)*$/

/** Words that join the items of a list: `acne, rosacea and eczema`. */
const listJoiners = new Set(['and', 'or', 'plus', '&', 'nor'])

function isNumber(token: Token): boolean {
  const first = token.norm.charCodeAt(0)
  // Only a word starting with a digit can be a numeral; most words are not, so skip the expression.
  return first >= 48 && first <= 57 ? numeric.test(token.norm) : numberWords.has(token.norm)
}

function child(node: Node, step: Step, scope: string): Node {
  if (step.type === 'word') {
    if (node.word === undefined) {
      node.word = step.value
      return (node.wordNext = new Node())
    }
    if (node.word === step.value) return node.wordNext!
    node.words ??= new Map()
    let next = node.words.get(step.value)
    if (!next) node.words.set(step.value, (next = new Node()))
    return next
  }
  if (step.type === 'class') {
    const key = classKey(step.name, scope)
    node.classes ??= []
    let edge = node.classes.find((c) => c.key === key)
    if (!edge) {
      node.classes.push((edge = {key, next: new Node()}))
      node.classIndex = undefined
    }
    return edge.next
  }
  if (step.type === 'any') return (node.any ??= new Node())
  return (node.gap ??= new Node())
}

function wordEdge(node: Node, norm: string): Node | undefined {
  return node.word === norm ? node.wordNext : node.words?.get(norm)
}

function classKey(name: string, scope: string): string {
  return name === '#num' ? '#num' : `${scope}/${name}`
}

/**
 * Expand one element of a pattern below `node`, leaving the rest pending on
 * the nodes it reaches. The trie grows lazily: a pattern costs almost nothing
 * until copy contains its first words, so a CLI run on one page compiles only
 * the branches that page touches, and a catalogue run compiles each branch
 * once. Nothing is ever materialised but trie nodes.
 */
function expandLevel(node: Node, rest: Pending): void {
  const {frame, index, last} = rest
  const elements = frame.elements
  if (index === elements.length) {
    if (!last) return
    const accept = last.type === 'class' && last.name !== '#num' ? tailedAccept(frame.accept, frame.pattern, classKey(last.name, frame.scope)) : frame.accept
    if (node.accepts === undefined) node.accepts = [accept]
    else node.accepts.push(accept)
    return
  }
  // Indexed loops here and in the rest of the constructor's path: it runs
  // once per start, before V8 optimises anything, and `for…of` in
  // unoptimised code allocates an iterator and a result object per step,
  // ~3.5 MB a start (issue 6).
  const options = elements[index]!
  for (let o = 0; o < options.length; o++) {
    const option = options[o]!
    let next = node
    let previous = last
    for (let s = 0; s < option.length; s++) {
      previous = option[s]!
      next = child(next, previous, frame.scope)
    }
    // The constructor makes thousands of these, before any code is optimised: three fields, the rest shared.
    const more: Pending = {frame, index: index + 1, last: previous}
    // An omitted optional word stays on this node: expand it now.
    if (next === node || index + 1 === elements.length) expandLevel(next, more)
    // `[more]` rather than a push onto `[]`: a first push reserves 17 slots, and most nodes keep one.
    else if (next.pending === undefined) next.pending = [more]
    else next.pending.push(more)
  }
}

/** Expand everything pending on a node (called when a sentence, or a class lookup, reaches it). */
function materialize(node: Node): void {
  const pending = node.pending!
  node.pending = undefined
  for (let r = 0; r < pending.length; r++) expandLevel(node, pending[r]!)
}

/** Check up front what lazy expansion would only find later: a gap at either end. */
function checkEnds(elements: Elements, pattern: string): void {
  if (gapAtEnd(elements, true) || gapAtEnd(elements, false)) {
    throw new Error(`Phrase pattern \`${pattern}\` cannot start or end with a gap`)
  }
}

/** Whether some expansion of `elements` starts (or ends) with a gap; loops rather than closures, as it runs for every pattern. */
function gapAtEnd(elements: Elements, start: boolean): boolean {
  for (let e = 0; e < elements.length; e++) {
    const options = elements[start ? e : elements.length - 1 - e]!
    let omittable = false
    for (let o = 0; o < options.length; o++) {
      const option = options[o]!
      if (option.length === 0) omittable = true
      else if (option[start ? 0 : option.length - 1]!.type === 'gap') return true
    }
    if (!omittable) return false
  }
  return false
}

/** Insert a pattern; returns how many phrases it stands for. */
function insert(root: Node, elements: Elements, accept: Accept, scope: string, pattern: string): number {
  checkEnds(elements, pattern)
  expandLevel(root, {frame: {elements, accept, scope, pattern}, index: 0, last: undefined})
  return elements.reduce((product, options) => product * options.length, 1)
}

/** Phrases to compile, grouped by where they come from. */
export interface PhraseSource {
  /** Rule id, or `null` for phrases that apply to all rules (`allow` in config). */
  ruleId: string | null
  classes?: Readonly<Record<string, readonly string[]>>
  entries?: readonly LexiconEntry[]
  allow?: readonly string[]
  /** Whether `allow` phrases are literal text (configuration) rather than patterns. */
  literalAllow?: boolean
}

/** A compiled trie of every phrase of every enabled rule. */
export class PhraseMatcher {
  readonly #root = new Node()
  readonly #classes = new Map<string, Node>()
  /** Numeric ids of classes, for cheap per-sentence caching. */
  readonly #classIds = new Map<string, number>()
  /** Number of phrase sequences compiled (after expanding alternatives). */
  size = 0
  /** The words that can start a phrase (see `#startsPhrase`), built on first use. */
  #firstWords: Set<string> | undefined

  constructor(sources: readonly PhraseSource[]) {
    for (const source of sources) {
      const scope = source.ruleId ?? '*'
      for (const [name, phrases] of Object.entries(source.classes ?? {})) {
        const root = new Node()
        for (let p = 0; p < phrases.length; p++) {
          const phrase = phrases[p]!
          const elements = parseElements(phrase)
          if (elements.some((options) => options.some((option) => option.some((step) => step.type !== 'word')))) {
            throw new Error(`Class \`@${name}\` phrase \`${phrase}\` may only hold words`)
          }
          insert(root, elements, {kind: 'allow', ruleId: null}, scope, phrase)
        }
        // Grown lazily like the main trie (`classEnds` expands what it reaches).
        this.#classes.set(`${scope}/${name}`, root)
      }
      const entries = source.entries ?? []
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!
        const accept: Accept = {kind: 'claim', ruleId: source.ruleId, entry}
        for (let p = 0; p < entry.phrases.length; p++) {
          const phrase = entry.phrases[p]!
          const elements = entry.literal ? literalElements(phrase) : parseElements(phrase)
          this.#check(elements, phrase, scope)
          this.size += insert(this.#root, elements, accept, scope, phrase)
        }
      }
      const allow: Accept = {kind: 'allow', ruleId: source.ruleId}
      const allowed = source.allow ?? []
      for (let p = 0; p < allowed.length; p++) {
        const phrase = allowed[p]!
        const elements = source.literalAllow ? literalElements(phrase) : parseElements(phrase)
        this.#check(elements, phrase, scope)
        this.size += insert(this.#root, elements, allow, scope, phrase)
      }
    }
  }

  #check(elements: Elements, phrase: string, scope: string): void {
    for (let e = 0; e < elements.length; e++) {
      const options = elements[e]!
      for (let o = 0; o < options.length; o++) {
        const option = options[o]!
        for (let s = 0; s < option.length; s++) {
          const step = option[s]!
          if (step.type === 'class' && step.name !== '#num' && !this.#classes.has(`${scope}/${step.name}`)) {
            throw new Error(`Phrase \`${phrase}\` uses unknown class \`@${step.name}\``)
          }
        }
      }
    }
  }

  #indexClasses(node: Node): ClassIndex {
    const index: ClassIndex = {byWord: new Map(), numbers: []}
    // Indexed loops and `forEach`, no spread or `for…of`: the root's index is
    // built on a one-page run's first sentence, in unoptimised code (issue 6).
    const add = (word: string, edge: ClassEdge): void => {
      const list = index.byWord.get(word)
      if (list === undefined) index.byWord.set(word, [edge])
      else list.push(edge)
    }
    const classes = node.classes!
    for (let c = 0; c < classes.length; c++) {
      const {key, next} = classes[c]!
      if (key === '#num') {
        index.numbers.push(next)
        continue
      }
      const root = this.#classes.get(key)!
      let id = this.#classIds.get(key)
      if (id === undefined) this.#classIds.set(key, (id = this.#classIds.size))
      const edge: ClassEdge = {id, root, next}
      if (root.word !== undefined) add(root.word, edge)
      root.words?.forEach((_, word) => add(word, edge))
    }
    node.classIndex = index
    return index
  }

  /**
   * Whether a phrase can start at a token. Most words of copy start none; one
   * set lookup rules them out before the walk looks up word and class edges
   * (issue 6). The root is complete once the constructor has run (only nodes
   * below it grow lazily), so the set never goes stale.
   */
  #startsPhrase(token: Token): boolean {
    const root = this.#root
    if (root.any || root.gap) return true
    let firstWords = this.#firstWords
    if (!firstWords) {
      const words = new Set<string>()
      const add = (_: unknown, word: string): void => void words.add(word)
      root.words?.forEach(add)
      if (root.word !== undefined) words.add(root.word)
      if (root.classes) (root.classIndex ?? this.#indexClasses(root)).byWord.forEach(add)
      this.#firstWords = firstWords = words
    }
    if (firstWords.has(token.norm)) return true
    return root.classes !== undefined && (root.classIndex ?? this.#indexClasses(root)).numbers.length > 0 && isNumber(token)
  }

  /** Every phrase occurrence in a sentence's tokens. */
  match(tokens: readonly Token[]): RawMatch[] {
    const results: RawMatch[] = []
    const seen = new Map<Accept, Set<number>>()
    const classCache = new Map<number, number[]>()
    const stride = tokens.length + 1

    /** Ends (longest first) of a class's phrases starting at `at`. */
    const classEnds = (id: number, root: Node, at: number): number[] => {
      const cacheKey = id * stride + at
      let ends = classCache.get(cacheKey)
      if (ends) return ends
      ends = []
      let node: Node | undefined = root
      let p = at
      while (node && p < tokens.length) {
        if (p > at && tokens[p]!.boundary !== 'soft') break
        node = wordEdge(node, tokens[p]!.norm)
        if (node?.pending) materialize(node)
        if (node?.accepts) ends.push(p)
        p++
      }
      ends.reverse()
      classCache.set(cacheKey, ends)
      return ends
    }

    /** Extend a match ending in a class over a list: `acne, rosacea and eczema`. */
    const extendList = (key: string, last: number): number => {
      const root = this.#classes.get(key)!
      let id = this.#classIds.get(key)
      if (id === undefined) this.#classIds.set(key, (id = this.#classIds.size))
      let end = last
      for (;;) {
        let p = end + 1
        if (p >= tokens.length || tokens[p]!.boundary === 'hard') return end
        if (listJoiners.has(tokens[p]!.norm)) p++
        else if (tokens[p]!.boundary !== 'comma') return end
        if (p >= tokens.length || tokens[p]!.boundary === 'hard') return end
        const ends = classEnds(id, root, p)
        if (ends.length === 0) return end
        end = ends[0]!
      }
    }

    const record = (node: Node, first: number, last: number): void => {
      for (const accept of node.accepts!) {
        const end = accept.tailClass ? extendList(accept.tailClass, last) : last
        let spans = seen.get(accept)
        if (!spans) seen.set(accept, (spans = new Set()))
        if (spans.has(first * 0x4000000 + end)) continue
        spans.add(first * 0x4000000 + end)
        results.push({accept, first, last: end})
      }
    }

    // `loose`: the token at `p` may follow a comma (just after a gap).
    const walk = (node: Node, p: number, first: number, loose: boolean): void => {
      if (node.pending) materialize(node)
      if (node.accepts && p > first) record(node, first, p - 1)
      if (p >= tokens.length) return
      const token = tokens[p]!
      const joined =
        p === first || token.boundary === 'soft' || (loose && token.boundary === 'comma')
      if (joined) {
        const next = wordEdge(node, token.norm)
        if (next) walk(next, p + 1, first, false)
        if (node.any) walk(node.any, p + 1, first, false)
        if (node.classes) {
          const index = node.classIndex ?? this.#indexClasses(node)
          const edges = index.byWord.get(token.norm)
          if (edges) {
            for (const edge of edges) {
              for (const end of classEnds(edge.id, edge.root, p)) walk(edge.next, end + 1, first, false)
            }
          }
          if (index.numbers.length > 0 && isNumber(token)) {
            for (const next of index.numbers) walk(next, p + 1, first, false)
          }
        }
      }
      if (node.gap && p > first) {
        // Skip 0 to gapSize words, across commas but not harder punctuation,
        // and never over a negator (`treats skin, not acne`).
        walk(node.gap, p, first, true)
        for (let skip = 1; skip <= gapSize && p + skip < tokens.length; skip++) {
          const skipped = tokens[p + skip - 1]!
          if (skipped.boundary === 'hard' || isNegator(skipped.norm)) break
          walk(node.gap, p + skip, first, true)
        }
      }
    }

    for (let first = 0; first < tokens.length; first++) {
      if (this.#startsPhrase(tokens[first]!)) walk(this.#root, first, first, false)
    }
    return results
  }
}
