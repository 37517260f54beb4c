import {describe, expect, it} from 'vitest'
import {normalizeWord} from './normalize.js'

describe('normalizeWord', () => {
  it('folds case and typographic apostrophes', () => {
    expect(normalizeWord('Doesn’t')).toBe("doesn't")
  })

  it('maps British spellings to American ones', () => {
    expect(normalizeWord('ageing')).toBe('aging')
    expect(normalizeWord('Haemorrhoids')).toBe('hemorrhoids')
    expect(normalizeWord('revitalising')).toBe('revitalizing')
  })

  it('keeps ordinary words ending in -ise', () => {
    expect(normalizeWord('promise')).toBe('promise')
    expect(normalizeWord('bruised')).toBe('bruised')
  })
})

describe('normalizeWord on words that name object properties', () => {
  it('returns the word itself', () => {
    expect(normalizeWord('constructor')).toBe('constructor')
    expect(normalizeWord('toString')).toBe('tostring')
  })
})
