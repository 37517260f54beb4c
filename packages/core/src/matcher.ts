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
import {parseLiteral, parsePattern, gapSize, type Step} from './pattern.js'

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

interface Node {
  words?: Map<string, Node>
  classes?: Array<{key: string; next: Node}>
  any?: Node
  gap?: Node
  accepts?: Accept[]
}

const numberWords = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred'
])
const numeric = /^\d+(?:[.,/]\d+)*$/

/** Words that join the items of a list: `acne, rosacea and eczema`. */
const listJoiners = new Set(['and', 'or', 'plus', '&', 'nor'])

function isNumber(token: Token): boolean {
  return numeric.test(token.norm) || numberWords.has(token.norm)
}

function insert(root: Node, steps: readonly Step[], accept: Accept, scope: string): void {
  let node = root
  for (const step of steps) {
    if (step.type === 'word') {
      node.words ??= new Map()
      let next = node.words.get(step.value)
      if (!next) node.words.set(step.value, (next = {}))
      node = next
    } else if (step.type === 'class') {
      const key = step.name === '#num' ? '#num' : `${scope}/${step.name}`
      node.classes ??= []
      let edge = node.classes.find((c) => c.key === key)
      if (!edge) node.classes.push((edge = {key, next: {}}))
      node = edge.next
    } else if (step.type === 'any') {
      node = node.any ??= {}
    } else {
      node = node.gap ??= {}
    }
  }
  node.accepts ??= []
  const last = steps.at(-1)!
  const tailClass =
    last.type === 'class' && last.name !== '#num' ? `${scope}/${last.name}` : undefined
  node.accepts.push(tailClass ? {...accept, tailClass} : accept)
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
  readonly #root: Node = {}
  readonly #classes = new Map<string, Node>()
  /** Number of phrase sequences compiled (after expanding alternatives). */
  size = 0

  constructor(sources: readonly PhraseSource[]) {
    for (const source of sources) {
      const scope = source.ruleId ?? '*'
      for (const [name, phrases] of Object.entries(source.classes ?? {})) {
        const root: Node = {}
        for (const phrase of phrases) {
          for (const steps of parsePattern(phrase)) {
            if (steps.some((s) => s.type !== 'word')) {
              throw new Error(`Class \`@${name}\` phrase \`${phrase}\` may only hold words`)
            }
            insert(root, steps, {kind: 'allow', ruleId: null}, scope)
          }
        }
        this.#classes.set(`${scope}/${name}`, root)
      }
      for (const entry of source.entries ?? []) {
        for (const phrase of entry.phrases) {
          for (const steps of entry.literal ? parseLiteral(phrase) : parsePattern(phrase)) {
            this.#check(steps, phrase, scope)
            insert(this.#root, steps, {kind: 'claim', ruleId: source.ruleId, entry}, scope)
            this.size++
          }
        }
      }
      for (const phrase of source.allow ?? []) {
        for (const steps of source.literalAllow ? parseLiteral(phrase) : parsePattern(phrase)) {
          this.#check(steps, phrase, scope)
          insert(this.#root, steps, {kind: 'allow', ruleId: source.ruleId}, scope)
          this.size++
        }
      }
    }
  }

  #check(steps: readonly Step[], phrase: string, scope: string): void {
    for (const step of steps) {
      if (step.type === 'class' && step.name !== '#num' && !this.#classes.has(`${scope}/${step.name}`)) {
        throw new Error(`Phrase \`${phrase}\` uses unknown class \`@${step.name}\``)
      }
    }
  }

  /** Every phrase occurrence in a sentence's tokens. */
  match(tokens: readonly Token[]): RawMatch[] {
    const results: RawMatch[] = []
    const seen = new Map<Accept, Set<number>>()
    const classCache = new Map<string, number[]>()

    const classEnds = (key: string, at: number): number[] => {
      const cacheKey = `${key}@${at}`
      let ends = classCache.get(cacheKey)
      if (ends) return ends
      ends = []
      if (key === '#num') {
        if (isNumber(tokens[at]!)) ends.push(at)
      } else {
        let node: Node | undefined = this.#classes.get(key)
        let p = at
        while (node && p < tokens.length) {
          if (p > at && tokens[p]!.boundary !== 'soft') break
          node = node.words?.get(tokens[p]!.norm)
          if (node?.accepts) ends.push(p)
          p++
        }
        ends.reverse() // longest first
      }
      classCache.set(cacheKey, ends)
      return ends
    }

    /** Extend a match ending in a class over a list: `acne, rosacea and eczema`. */
    const extendList = (key: string, last: number): number => {
      let end = last
      for (;;) {
        let p = end + 1
        if (p >= tokens.length || tokens[p]!.boundary === 'hard') return end
        if (listJoiners.has(tokens[p]!.norm)) p++
        else if (tokens[p]!.boundary !== 'comma') return end
        if (p >= tokens.length || tokens[p]!.boundary === 'hard') return end
        const ends = classEnds(key, p)
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
      if (node.accepts && p > first) record(node, first, p - 1)
      if (p >= tokens.length) return
      const token = tokens[p]!
      const joined =
        p === first || token.boundary === 'soft' || (loose && token.boundary === 'comma')
      if (joined) {
        const next = node.words?.get(token.norm)
        if (next) walk(next, p + 1, first, false)
        if (node.any) walk(node.any, p + 1, first, false)
        if (node.classes) {
          for (const edge of node.classes) {
            for (const end of classEnds(edge.key, p)) walk(edge.next, end + 1, first, false)
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

    for (let first = 0; first < tokens.length; first++) walk(this.#root, first, first, false)
    return results
  }
}
