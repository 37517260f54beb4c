import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {proofClaim} from './index.js'

describeRule(proofClaim, cases)

const actuals = (text: string, path?: string): string[] => findings(proofClaim, text, path).map((m) => m.actual ?? '')

describe('proof-claim sources', () => {
  it('passes a claim whose Markdown footnote is defined on the page', () => {
    expect(actuals('Clinically proven.[^1] Gentle on skin.\n\n[^1]: A 4-week study of 30 women.')).toEqual([])
  })

  it('passes a statistic with a star marker and a Based-on legend', () => {
    expect(actuals('87% saw fewer lines in 4 weeks.*\n\n*Based on a consumer study of 32 women.')).toEqual([])
  })

  it('passes a consumer-perception statement with an escaped star legend', () => {
    expect(actuals('8 in 10 said their skin felt firmer*\n\n\\* Self-assessment by 110 women after 4 weeks.')).toEqual([])
  })

  it('passes a claim whose footnote reference sits before the full stop', () => {
    expect(actuals('Clinically proven[^study]. Gentle on skin.\n\n[^study]: A 4-week study of 30 women.')).toEqual([])
  })

  it('flags a claim whose footnote label is not defined on the page', () => {
    expect(actuals('Clinically proven.[^2]\n\n[^1]: A 4-week study of 30 women.')).toEqual(['Clinically proven'])
  })

  it('flags the unreferenced claim next to a referenced one', () => {
    expect(actuals('Clinically proven.[^1] Dermatologist tested.\n\n[^1]: A 4-week study.')).toEqual(['Dermatologist tested'])
  })

  it('passes a star marker with its legend line', () => {
    expect(actuals('Dermatologist tested.* Fragrance free.\n\n*Tested on 50 people with sensitive skin.')).toEqual([])
  })

  it('flags a star marker with no legend on the page', () => {
    expect(actuals('Dermatologist tested.*')).toEqual(['Dermatologist tested'])
  })

  it('does not mistake emphasis for a marker', () => {
    expect(actuals('**Clinically proven** hydration.\n\n**Based on** our notes.')).toEqual(['Clinically proven'])
  })

  it('treats a footnote definition as evidence, not a claim', () => {
    expect(actuals('Soft skin.[^1]\n\n[^1]: Clinically proven in a study where 87% saw fewer lines.')).toEqual([])
  })

  it('treats every sentence of a legend line as evidence', () => {
    expect(actuals('Firmer skin.†\n\n† Based on a clinical study. 87% saw fewer lines.')).toEqual([])
  })

  it('passes a marker with its legend in plain text', () => {
    expect(actuals('92% of users would recommend it.*\n*Survey of 200 customers, 2024.', 'page.txt')).toEqual([])
  })

  it('passes a #1 ranking with a footnote and flags one without', () => {
    expect(actuals('The #1 serum.[^1]\n\n[^1]: Sales data, 2024.')).toEqual([])
    expect(actuals('America’s #1 dermatologist-recommended brand.')).toEqual(['#1', 'dermatologist-recommended'])
  })
})
