import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {pageNetImpression} from './index.js'

describeRule(pageNetImpression, cases)

describe('page-net-impression', () => {
  it('reports once per page, naming the prominent place and its line', () => {
    const page = '---\ntitle: Rosacea Calm Serum\n---\n\nSoothes skin. Calms redness.\n\nComforts all day.'
    const messages = findings(pageNetImpression, page)
    expect(messages.map((m) => [m.line, m.actual])).toEqual([[5, 'Soothes']])
    expect(messages[0]?.message).toContain('the page title `Rosacea Calm Serum` (line 2) names `Rosacea`, so this reads as treating it')
  })

  it('leaves a sentence naming the disease itself to disease-claim', () => {
    expect(findings(pageNetImpression, '# Eczema Balm\n\nSoothes eczema.')).toEqual([])
  })

  it('does not count a disease named only in body copy', () => {
    expect(findings(pageNetImpression, 'Not for eczema or psoriasis.\n\nSoothes dry skin.')).toEqual([])
  })
})
