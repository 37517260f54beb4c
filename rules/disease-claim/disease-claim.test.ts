import {describe, expect, it} from 'vitest'
import {findings, describeRule} from '../rule-testing.js'
import {cases} from './cases.js'
import {diseaseClaim} from './index.js'
import {lexicon} from './lexicon.js'

describeRule(diseaseClaim, cases)

describe('disease-claim data and judgements', () => {
  it('knows at least 150 diseases and conditions', () => {
    expect(new Set(lexicon.classes.condition).size).toBeGreaterThanOrEqual(150)
  })

  it('names no cosmetic concern as a disease', () => {
    const cosmetic = ['wrinkles', 'fine lines', 'dryness', 'dullness', 'redness', 'pores', 'dark circles', 'blemishes', 'dry skin']
    const classes: readonly string[] = [...lexicon.classes.condition, ...lexicon.classes.lesion]
    expect(classes.filter((term) => cosmetic.includes(term))).toEqual([])
  })

  it('reports lessening a lesion without the appearance qualifier as a warning', () => {
    const [message] = findings(diseaseClaim, 'Fades acne scars.')
    expect(message).toMatchObject({actual: 'Fades acne scars', severity: 1})
  })

  it('reports treating a lesion as an error even with the qualifier missing', () => {
    expect(findings(diseaseClaim, 'Removes scars.')).toMatchObject([{actual: 'Removes scars', severity: 2}])
  })

  it('offers `soothing` as the fix for anti-inflammatory, keeping capitals', () => {
    const [message] = findings(diseaseClaim, 'Anti-inflammatory serum.')
    expect(message?.fix).toEqual({range: [0, 17], text: 'Soothing'})
  })

  it('reads a message with the remedy and the first rewrite', () => {
    const [message] = findings(diseaseClaim, 'Treats eczema.')
    expect(message?.message).toMatch(/^Unexpected disease claim `Treats eczema`, describe how skin looks or feels instead, e\.g\. `soothes the look of redness`/)
  })

  it('keeps a negator that reaches the claim across a list of verbs', () => {
    expect(findings(diseaseClaim, 'It does not treat, cure or prevent eczema.')).toEqual([])
  })

  it('ignores a negator that only belongs to an idiom or a hyphenated prefix', () => {
    for (const text of ['No doubt it heals eczema.', 'Non-irritating cream that relieves psoriasis.', 'Say no to acne!']) {
      expect(findings(diseaseClaim, text), text).toHaveLength(1)
    }
  })

  it('flags a claim quoted from a customer in a blockquote', () => {
    expect(findings(diseaseClaim, '> "This balm healed my eczema in days." — Sam').map((m) => m.actual)).toEqual(['healed my eczema'])
  })

  it('flags a disease claim in a heading and a table cell', () => {
    const text = '# Psoriasis Treatment Cream\n\n| Benefit |\n| --- |\n| Relieves rosacea |\n'
    expect(findings(diseaseClaim, text).map((m) => m.actual)).toEqual(['Psoriasis Treatment', 'Relieves rosacea'])
  })
})
