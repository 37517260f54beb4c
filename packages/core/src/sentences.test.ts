import {describe, expect, it} from 'vitest'
import {parseMarkdown, parseText} from './markdown.js'
import {parsePattern} from './pattern.js'

describe('sentences', () => {
  it('carry their own offsets', () => {
    const text = 'Clinically proven. Gentle.'
    expect(parseText(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Clinically proven.', 'Gentle.'])
  })

  it('attach a footnote reference to the sentence it follows', () => {
    const page = 'Clinically proven.[^1] Gentle.\n\n[^1]: Study of 30 women.\n'
    const {sentences, footnoteDefinitions} = parseMarkdown(page)
    expect(sentences.slice(0, 2).map((s) => s.footnotes)).toEqual([['1'], []])
    expect([...footnoteDefinitions]).toEqual(['1'])
  })

  it('attach a marker written after the full stop to the sentence before it', () => {
    const {sentences} = parseText('Clinically proven.* Gentle.')
    expect(sentences.map((s) => s.footnotes)).toEqual([['*'], []])
  })

  it('find legend lines that define markers', () => {
    expect([...parseMarkdown('Proven*.\n\n*Based on a consumer study of 32 women.\n').footnoteDefinitions]).toEqual(['*'])
    expect([...parseMarkdown('Proven*.\n\n\\* Based on a study.\n').footnoteDefinitions]).toEqual(['*'])
    expect([...parseMarkdown('Proven*.\n\n* a list item\n').footnoteDefinitions]).toEqual([])
    expect([...parseText('Proven*.\n* Based on a study.\n').footnoteDefinitions]).toEqual(['*'])
  })
})

describe('pattern validation', () => {
  it('rejects brackets around several words', () => {
    expect(() => parsePattern('reduces [risk of] acne')).toThrow(/brackets must wrap one word/)
  })

  it('rejects empty alternatives', () => {
    expect(() => parsePattern('treat||cure acne')).toThrow(/empty alternative/)
  })

  it('rejects patterns that expand into thousands of phrases', () => {
    const huge = Array.from({length: 10}, () => '[a|b|c|d]').join(' ') + ' acne'
    expect(() => parsePattern(huge)).toThrow(/expands to more than/)
  })

  it('join a compound written with an en dash and no spaces', () => {
    const tokens = parseText('Cord blood–derived growth factors.').sentences[0]!.tokens
    expect(tokens.map((t) => [t.norm, t.boundary, t.joined ?? false])).toEqual([
      ['cord', 'soft', false],
      ['blood', 'soft', false],
      ['derived', 'soft', true],
      ['growth', 'soft', false],
      ['factors', 'soft', false]
    ])
    expect(parseText('Gentle – and fragrance-free.').sentences[0]!.tokens[1]!.boundary).toBe('hard')
  })

  it('keep a number with thousands separators as one token', () => {
    const text = 'Trusted by 5,000 dermatologists and 1,250,000 women.'
    const tokens = parseText(text).sentences[0]!.tokens
    expect(tokens.map((t) => t.norm)).toEqual(['trusted', 'by', '5,000', 'dermatologists', 'and', '1,250,000', 'women'])
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('5,000')
    expect(parseText('Step 1, 200 steps').sentences[0]!.tokens.map((t) => t.norm)).toEqual(['step', '1', '200', 'steps'])
  })
})
