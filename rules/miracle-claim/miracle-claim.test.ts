import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {miracleClaim} from './index.js'

describeRule(miracleClaim, cases)

describe('miracle-claim logic', () => {
  it('passes a miracle word quoted from other brands', () => {
    expect(findings(miracleClaim, 'Skip the hype: products that promise miracle results rarely deliver.')).toEqual([])
  })

  it('still flags a brand promising its own miracle', () => {
    expect(findings(miracleClaim, 'Our cream promises miracle results.').map((m) => m.actual)).toEqual(['miracle'])
  })

  it('passes an instant effect qualified after its verb', () => {
    expect(findings(miracleClaim, 'Instantly firms the appearance of skin.')).toEqual([])
  })

  it('flags a procedure comparison worded with no or without', () => {
    expect(findings(miracleClaim, 'Fuller lips, no needles.').map((m) => m.actual)).toEqual(['no needles'])
  })

  it('reports as a warning with a rewrite in the message', () => {
    const [message] = findings(miracleClaim, 'Wrinkles gone in 7 days.')
    expect(message?.message).toMatch(/^Unexpected miracle claim `gone in 7 days`, drop the promised timing unless a study backs it, e\.g\. `/)
  })
})
