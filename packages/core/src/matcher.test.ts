import {describe, expect, it} from 'vitest'
import {PhraseMatcher, type PhraseSource} from './matcher.js'
import {parseText} from './markdown.js'

function spans(sources: PhraseSource[], text: string): string[] {
  const matcher = new PhraseMatcher(sources)
  const document = parseText(text)
  return document.sentences.flatMap((sentence) =>
    matcher
      .match(sentence.tokens)
      .filter((m) => m.accept.kind === 'claim')
      .map((m) => text.slice(sentence.tokens[m.first]!.start, sentence.tokens[m.last]!.end))
  )
}

const claim = (phrases: string[], classes?: Record<string, string[]>): PhraseSource[] => [
  {ruleId: 'test', ...(classes ? {classes} : {}), entries: [{phrases, note: 'n'}]}
]

describe('PhraseMatcher', () => {
  it('matches every inflection of a word marked with a tilde', () => {
    for (const text of ['treat acne', 'treats acne', 'treated acne', 'treating acne']) {
      expect(spans(claim(['treat~ acne']), text)).toEqual([text])
    }
  })

  it('matches regardless of case, curly apostrophes and British spelling', () => {
    expect(spans(claim(["won't age"]), 'It Won’t Age')).toEqual(['Won’t Age'])
    expect(spans(claim(['reverse aging']), 'Reverse ageing now')).toEqual(['Reverse ageing'])
    expect(spans(claim(['minimize pores']), 'minimises pores')).toEqual([])
    expect(spans(claim(['minimize~ pores']), 'minimises pores')).toEqual(['minimises pores'])
  })

  it('matches a hyphenated pattern split, hyphenated or joined', () => {
    for (const text of ['anti-acne', 'anti acne', 'antiacne', 'Anti-Acne']) {
      expect(spans(claim(['anti-acne']), text)).toEqual([text])
    }
  })

  it('matches a hyphenated compound in the copy against spaced words', () => {
    expect(spans(claim(['acne fighting']), 'an acne-fighting gel')).toEqual(['acne-fighting'])
  })

  it('supports alternatives and optional words', () => {
    const sources = claim(['cure~|heal~ [the|your] acne'])
    expect(spans(sources, 'cures your acne')).toEqual(['cures your acne'])
    expect(spans(sources, 'heal acne')).toEqual(['heal acne'])
    expect(spans(sources, 'cure my acne')).toEqual([])
  })

  it('bridges a gap of up to four words but not five', () => {
    const sources = claim(['treat~ ... acne'])
    expect(spans(sources, 'treats even the most stubborn acne')).toEqual(['treats even the most stubborn acne'])
    expect(spans(sources, 'treats even the very most stubborn acne')).toEqual([])
  })

  it('does not bridge a gap across a colon or a sentence end', () => {
    const sources = claim(['treat~ ... acne'])
    expect(spans(sources, 'treats skin: acne')).toEqual([])
    expect(spans(sources, 'It treats skin. Acne is common.')).toEqual([])
  })

  it('matches multiword class members and extends over a list of them', () => {
    const sources = claim(['treat~ @condition'], {condition: ['acne', 'rosacea', 'atopic dermatitis']})
    expect(spans(sources, 'treats atopic dermatitis')).toEqual(['treats atopic dermatitis'])
    expect(spans(sources, 'treats acne, rosacea and atopic dermatitis daily')).toEqual([
      'treats acne, rosacea and atopic dermatitis'
    ])
  })

  it('matches numbers with #num', () => {
    const sources = claim(['#num % saw'])
    expect(spans(sources, '87% saw results')).toEqual(['87% saw'])
    expect(spans(sources, '87 % saw results')).toEqual(['87 % saw'])
  })

  it('does not join words across inline punctuation that breaks a phrase', () => {
    expect(spans(claim(['treats acne']), 'treats; acne')).toEqual([])
    expect(spans(claim(['treats acne']), 'treats, acne')).toEqual([])
  })

  it('rejects a pattern with an unknown class', () => {
    expect(() => new PhraseMatcher(claim(['treat~ @nothing']))).toThrow(/unknown class `@nothing`/)
  })

  it('finds the same matches with 10,000 unrelated phrases compiled beside', () => {
    const filler = Array.from({length: 10_000}, (_, i) => `zz${i} filler${i % 97} phrase`)
    const text = 'This serum treats acne. It also zz42 filler42 phrase.'
    const small = spans(claim(['treat~ acne']), text)
    const big = spans([...claim(['treat~ acne']), {ruleId: 'deny', entries: [{phrases: filler, note: 'n'}]}], text)
    expect(small).toEqual(['treats acne'])
    expect(big).toEqual(['treats acne', 'zz42 filler42 phrase'])
  })
})

describe('PhraseMatcher, expanding branches as copy reaches them', () => {
  // Branches below the root and each class root expand when copy first
  // reaches them (issue 6): what a sentence
  // matches must not depend on which sentences came before it.
  const sources: PhraseSource[] = [
    {
      ruleId: 'a',
      classes: {condition: ['acne', 'rosacea', 'dark circles', 'eczema'], body: ['skin', 'scalp']},
      entries: [
        {phrases: ['[clinically] proven to ... @condition'], note: 'optional first word'},
        {phrases: ['treat~|heal~|cure~ @condition'], note: 'several first words'},
        {phrases: ['@condition relief'], note: 'a class first'},
        {phrases: ['repair~ [the|your] @body barrier', 'heal~ @body'], note: 'shared first word'},
        {phrases: ['acne', 'dark circles vanish'], note: 'a class word as a first word'}
      ],
      allow: ['heal~ the look of']
    },
    {ruleId: 'b', entries: [{phrases: ['treat~ acne', 'clinically tested'], note: 'another rule'}]}
  ]
  const sentences = [
    'Clinically proven to calm acne.',
    'Proven to fade dark circles.',
    'It treats rosacea and heals skin.',
    'Eczema relief in a jar.',
    'Repairs your skin barrier; cures acne.',
    'Dark circles vanish.',
    'Heals the look of skin.',
    'Clinically tested, treats acne fast.',
    'Nothing to see here.'
  ]

  function matches(matcher: PhraseMatcher, text: string): string[] {
    return parseText(text).sentences.flatMap((sentence) =>
      matcher.match(sentence.tokens).map((m) => `${m.accept.kind}:${m.accept.ruleId}:${m.first}-${m.last}:${m.accept.entry?.note ?? ''}`)
    )
  }

  it('matches each sentence the same whatever was matched before', () => {
    const alone = sentences.map((text) => matches(new PhraseMatcher(sources), text))
    expect(alone.flat().length).toBeGreaterThan(12)
    const forwards = new PhraseMatcher(sources)
    expect(sentences.map((text) => matches(forwards, text))).toEqual(alone)
    const backwards = new PhraseMatcher(sources)
    expect([...sentences].reverse().map((text) => matches(backwards, text)).reverse()).toEqual(alone)
  })

  it('finds phrases that start with an omitted optional word, a class or one of several words', () => {
    expect(spans(sources, 'Proven to fade dark circles.')).toEqual(['Proven to fade dark circles'])
    expect(spans(sources, 'Eczema relief in a jar.')).toEqual(['Eczema relief'])
    expect(spans(sources, 'It heals rosacea.')).toEqual(['heals rosacea'])
  })
})
