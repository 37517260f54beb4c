/**
 * The claims register inside core: approved wordings compiled once as
 * literal phrases into their own matcher, and a per-page view that tells a
 * rule which entries a sentence is tied to (a footnote naming an entry's id,
 * `Firmer skin.[^firm-2025]`, or the approved wording itself). Pure data in,
 * data out: reading `claims.yaml` is the CLI's job.
 */
import {PhraseMatcher} from './matcher.js'
import type {ClaimsRegister, Document, Jurisdiction, LexiconEntry, RegisterEntry, RegisterTie, RegisterView, Sentence} from './types.js'

/** Markets claimlint knows, for frontmatter `markets:`. */
const knownMarkets: ReadonlySet<string> = new Set<Jurisdiction>(['us', 'eu', 'uk', 'ca'])

/** A register compiled for matching; build once, view per page. */
export class CompiledRegister {
  readonly #register: ClaimsRegister
  readonly #byId = new Map<string, RegisterEntry>()
  readonly #byEntry = new Map<LexiconEntry, RegisterEntry>()
  readonly #matcher: PhraseMatcher

  constructor(register: ClaimsRegister) {
    this.#register = register
    const entries: LexiconEntry[] = []
    for (const claim of register.claims) {
      this.#byId.set(claim.id.toLowerCase(), claim)
      if (claim.wording.length === 0) continue
      // A wording is copy the regulatory team approved word for word: literal, no pattern syntax.
      const entry: LexiconEntry = {phrases: claim.wording, note: claim.id, literal: true}
      this.#byEntry.set(entry, claim)
      entries.push(entry)
    }
    this.#matcher = new PhraseMatcher([{ruleId: null, entries}])
  }

  /** The register as rules see it on one page. */
  view(document: Document): RegisterView {
    const cache = new WeakMap<Sentence, RegisterTie[]>()
    const get = (id: string): RegisterEntry | undefined => this.#byId.get(id.toLowerCase())
    const ties = (sentence: Sentence): RegisterTie[] => {
      let found = cache.get(sentence)
      if (!found) {
        found = [...this.#footnoteTies(sentence, document, get), ...this.#wordingTies(sentence)].sort((a, b) => a.start - b.start)
        cache.set(sentence, found)
      }
      return found
    }
    let onPage: RegisterTie[] | undefined
    return {
      claims: this.#register.claims,
      origin: this.#register.origin ?? 'the claims register',
      get,
      ties,
      pageTies: () => {
        if (onPage) return onPage
        // A footnote reference may be read by two sentences (the one it ends and the next on its line): once each.
        const seen = new Set<string>()
        onPage = []
        for (const tie of document.sentences.flatMap(ties)) {
          const key = `${tie.start}:${tie.end}`
          if (seen.has(key)) continue
          seen.add(key)
          onPage.push(tie)
        }
        return onPage
      }
    }
  }

  #footnoteTies(sentence: Sentence, document: Document, get: (id: string) => RegisterEntry | undefined): RegisterTie[] {
    const ties: RegisterTie[] = []
    const lower = document.text.toLowerCase()
    let from = sentence.start
    for (const label of sentence.footnotes) {
      const entry = get(label)
      if (!entry) continue
      const at = lower.indexOf(`[^${label.toLowerCase()}]`, from)
      if (at === -1) continue
      const end = at + label.length + 3
      ties.push({entry, by: 'footnote', start: at, end})
      from = end
    }
    return ties
  }

  #wordingTies(sentence: Sentence): RegisterTie[] {
    return this.#matcher.match(sentence.tokens).flatMap((found) => {
      const entry = found.accept.entry && this.#byEntry.get(found.accept.entry)
      if (!entry) return []
      return [{entry, by: 'wording' as const, start: sentence.tokens[found.first]!.start, end: sentence.tokens[found.last]!.end}]
    })
  }
}

/**
 * A page's markets: its frontmatter `markets:` (a list or a comma-separated
 * string of `us`, `eu`, `uk`, `ca`), else `fallback` (the configured
 * jurisdictions). Unknown names are left out; none known means the fallback.
 */
export function pageMarkets(document: Document, fallback: readonly Jurisdiction[]): readonly Jurisdiction[] {
  const value = document.frontmatter?.markets
  const names = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : []
  const markets = [...new Set(names.filter((name): name is string => typeof name === 'string').map((name) => name.trim().toLowerCase()))]
  const known = markets.filter((name): name is Jurisdiction => knownMarkets.has(name))
  return known.length > 0 ? known : fallback
}

/**
 * What of an entry has expired on `today`: the approval (`expires`) or its
 * evidence (`evidence.expires`), or undefined. A date is the last day it
 * holds: `expires: 2025-12-31` still backs claims that day.
 */
export function expiredPart(entry: RegisterEntry, today: string): 'approval' | 'evidence' | undefined {
  if (entry.expires !== undefined && entry.expires < today) return 'approval'
  if (entry.evidence.expires !== undefined && entry.evidence.expires < today) return 'evidence'
  return undefined
}

/** The markets of a page that an entry is not cleared for. */
export function unclearedMarkets(entry: RegisterEntry, markets: readonly Jurisdiction[]): Jurisdiction[] {
  return markets.filter((market) => !entry.markets.includes(market))
}
