import {describe, expect, it} from 'vitest'
import {exampleRegister, exampleToday} from '../register-example.js'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {unregisteredClaim} from './index.js'

describeRule(unregisteredClaim, cases)

describe('unregistered-claim', () => {
  it('reports nothing without a register', () => {
    expect(findings(unregisteredClaim, 'Reduces the appearance of fine lines.')).toEqual([])
  })

  it('is off unless configured', () => {
    expect(unregisteredClaim.meta.recommended).toBe(false)
  })

  it('treats footnote definitions as evidence, not claims', () => {
    const text = 'Firmer-looking skin.[^firm-2025]\n\n[^firm-2025]: Clinically proven in FIRM-01.'
    expect(findings(unregisteredClaim, text, 'page.md', {register: exampleRegister, today: exampleToday})).toEqual([])
  })
})
