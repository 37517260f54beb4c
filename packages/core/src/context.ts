/**
 * Sentence-level judgements shared by every rule: whether a phrase is
 * negated, rescued by the cosmetic appearance qualifier, or only asked about.
 */
import type {Sentence, Token} from './types.js'

/** Words that negate what follows: `does not treat acne`, `not intended to … cure`. */
const negators = new Set(['not', 'no', 'never', 'without', 'nor', 'cannot', 'neither', 'non', 'zero'])

/** Negators of a noun phrase (`no parabens`, `without fragrance`): their reach ends at a comma. */
const nounNegators = new Set(['no', 'without', 'zero', 'non'])

/** Words that end a negation's reach: `doesn't just hydrate, but heals`. */
const scopeBreakers = new Set(['but', 'however', 'yet', 'instead', 'although', 'though', 'while', 'whereas', 'so', 'because'])

/** After a negator these keep the claim: `not just`, `no more acne`, `no longer`. */
const claimKeepers = new Set(['just', 'only', 'merely', 'simply', 'more', 'longer'])

/** After a negator these make an idiom, not a negation: `can't believe it cured`, `no doubt it heals`. */
const idioms = new Set([
  'believe', 'believed', 'wait', 'imagine', 'imagined', 'recommend', 'thank', 'thought', 'expected', 'knew',
  'dreamed', 'doubt', 'wonder', 'matter', 'question', 'kidding', 'joke', 'lie', 'lying'
])

/** How far before a phrase a negator reaches, in words. */
const negationReach = 8

/** Words that move a claim onto how skin looks or feels (FDA's appearance line). */
const appearanceWords = new Set([
  'appearance', 'appearances', 'look', 'looks', 'looking', 'visible', 'visibly', 'visual', 'visually',
  'optically', 'optical', 'feel', 'feels', 'feeling', 'seem', 'seems', 'apparent', 'apparently'
])

/** Words that open a real question (`Does it treat acne?`), unlike a rhetorical hook. */
const questionOpeners = new Set([
  'do', 'does', 'did', 'can', 'could', 'will', 'would', 'is', 'are', 'was', 'should', 'shall', 'may',
  'might', 'has', 'have', 'what', 'how', 'why', 'which', 'who', 'when', 'where'
])

/** Whether a normalised word negates what follows (`not`, `never`, `doesn't`). */
export function isNegator(norm: string): boolean {
  return negators.has(norm) || norm.endsWith("n't")
}

/**
 * Whether the phrase spanning tokens `first`..`last` is negated: a negator
 * up to eight words before it (or inside a gap of it), with no harder
 * punctuation or contrast word between. `again` after a negator keeps the
 * claim (`never get acne again`).
 */
export function isNegated(sentence: Sentence, first: number, last: number): boolean {
  const {tokens} = sentence
  if (tokens.slice(last + 1).some((t) => t.norm === 'again')) return false
  // Negators inside the phrase belong to it (`never age again`, `non-invasive`):
  // gaps never skip a negator, so only words before the phrase can negate it.
  for (let index = first - 1; index >= Math.max(0, first - negationReach); index--) {
    const token = tokens[index]!
    if (scopeBreakers.has(token.norm)) return false
    if (isNegator(token.norm) && !isIdle(tokens, index, first)) {
      const next = tokens[index + 1]
      if (next && claimKeepers.has(next.norm)) return false
      return true
    }
    if (index > 0 && token.boundary === 'hard') return false
  }
  return false
}

/** Whether a negator at `index` does not reach a phrase starting at `first`. */
function isIdle(tokens: readonly Token[], index: number, first: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  // `non-comedogenic`, `no-rinse`: a prefix of a compound, a formulation property.
  if (next?.joined) return true
  if (next && index + 1 < first && idioms.has(next.norm)) return true
  // `Say no to acne!` affirms.
  if (token.norm === 'no' && tokens[index - 1]?.norm === 'say') return true
  // `Without parabens, it clears acne`: a negated noun phrase ends at the comma.
  if (nounNegators.has(token.norm)) {
    for (let k = index + 1; k <= first; k++) if (tokens[k]!.boundary !== 'soft') return true
  }
  return false
}

/**
 * Whether an appearance word qualifies the phrase: before or inside it
 * (`visibly reduces wrinkles`, `reduces the look of wrinkles`), or right after
 * it as `the look of` / `the appearance of` (`instantly lifts the look of tired eyes`).
 */
export function isQualified(sentence: Sentence, first: number, last: number): boolean {
  const {tokens} = sentence
  for (let index = Math.max(0, first - 3); index <= last; index++) {
    if (appearanceWords.has(tokens[index]!.norm)) return true
  }
  const after = tokens.slice(last + 1, last + 4).map((t) => t.norm)
  return (after[0] === 'the' || after[0] === 'their' || after[0] === 'its') && appearanceWords.has(after[1] ?? '') && after[2] === 'of'
}

/** Whether the sentence asks a real question (`Can this serum cure eczema?`). */
export function isQuestion(sentence: Sentence): boolean {
  return sentence.question && questionOpeners.has(sentence.tokens[0]?.norm ?? '')
}

/** Words that put a promise that follows in doubt (`beware of brands that promise…`). */
const distrust = new Set(['beware', 'wary', 'avoid', 'skeptical', 'sceptical', 'distrust', 'myth', 'myths', 'scam', 'scams', 'hype', 'unlike'])

/** Others whose claims copy may report: `some brands claim`. */
const others = new Set([
  'brands', 'companies', 'products', 'ads', 'adverts', 'advertisers', 'labels', 'competitors', 'others', 'sellers',
  'influencers', 'marketers'
])

/** Verbs that report someone else's claim. */
const reporting = new Set(['promise', 'promises', 'promised', 'promising', 'claim', 'claims', 'claimed', 'claiming', 'pretend', 'pretends', 'say', 'says'])

/** Professionals who treat disease: `Dermatologists treat rosacea with prescription medicines`. */
const professionals = new Set([
  'dermatologist', 'dermatologists', 'doctor', 'doctors', 'physician', 'physicians', 'gp', 'gps', 'clinician',
  'clinicians', 'surgeon', 'surgeons', 'specialist', 'specialists'
])

/** Words that show a quoted phrase is talked about, not claimed: `ads for “facelift in a jar” creams`, `the word “cure”`. */
const quoteCues = new Set([
  'ads', 'adverts', 'advertising', 'labels', 'word', 'words', 'term', 'terms', 'phrase', 'phrases', 'buzzword',
  'buzzwords', 'exist', 'exists', 'marketing'
])

/** Cues that count only after an indefinite word (`if a label says`), not of the brand's own (`on the label`). */
const indefiniteCues = new Set(['ad', 'advert', 'label', 'product', 'brand', 'cream', 'serum'])
const indefinites = new Set(['a', 'an', 'any', 'another', 'every', 'some'])

/**
 * The token span of a double-quoted fragment holding tokens `first`..`last`,
 * when the quote covers only part of the sentence. A quote around the whole
 * sentence is a testimonial (claims primer §9), not a quoted term.
 */
function quotedFragment(sentence: Sentence, first: number, last: number, text: string): [number, number] | undefined {
  const {tokens} = sentence
  const before = text.slice(sentence.start, tokens[first]!.start)
  const straight = (before.match(/"/g) ?? []).length % 2 === 1
  const open = straight ? before.lastIndexOf('"') : Math.max(before.lastIndexOf('\u201C'), before.lastIndexOf('\u00AB'))
  if (open === -1 || (!straight && open < Math.max(before.lastIndexOf('\u201D'), before.lastIndexOf('\u00BB')))) return undefined
  const after = text.slice(tokens[last]!.end, sentence.end)
  const close = straight ? after.indexOf('"') : after.search(/[\u201D\u00BB]/)
  if (close === -1) return undefined
  const openAt = sentence.start + open
  const closeAt = tokens[last]!.end + close
  const inside = tokens.flatMap((token, index) => (token.start > openAt && token.end <= closeAt ? [index] : []))
  if (inside.length === 0 || inside.length === tokens.length) return undefined
  return [inside[0]!, inside.at(-1)!]
}

/**
 * Whether a phrase only mentions a claim (claims primer §5): quoted to warn
 * against it, reported of other sellers, done by a doctor rather than the
 * product, or set in quotation marks as a term the sentence talks about
 * (`If a label says “clinically proven”…`, `A “miracle cream” does not
 * exist`). A quoted fragment alone is not enough (`our new “Botox in a
 * bottle” serum` still claims): the sentence must name ads, labels, words or
 * other sellers outside the quote. Pass the file's `text` to judge quotes.
 */
export function isMention(sentence: Sentence, first: number, last = first, text?: string): boolean {
  const before = sentence.tokens.slice(0, first)
  const source = before.findIndex((token) => distrust.has(token.norm) || others.has(token.norm))
  if (source !== -1 && before.slice(source + 1).some((token) => reporting.has(token.norm))) return true
  const subject = before.at(-1)
  if (subject !== undefined && professionals.has(subject.norm)) return true
  if (text === undefined) return false
  const quoted = quotedFragment(sentence, first, last, text)
  if (!quoted) return false
  return sentence.tokens.some((token, index) => {
    if (index >= quoted[0] && index <= quoted[1]) return false
    if (indefiniteCues.has(token.norm)) return indefinites.has(sentence.tokens[index - 1]?.norm ?? '')
    return quoteCues.has(token.norm) || distrust.has(token.norm) || others.has(token.norm)
  })
}
