import {describe, expect, it} from 'vitest'
import type {ClaimsRegister} from '@claimlint/core'
import {exampleRegister, exampleToday} from '../register-example.js'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {registerExpired} from './index.js'

describeRule(registerExpired, cases)

const register: ClaimsRegister = {
  origin: 'claims.yaml',
  claims: [{id: 'old', wording: ['softer skin overnight'], evidence: {study: 'S-1', kind: 'in-vivo'}, markets: ['us'], expires: '2025-05-31'}]
}

describe('register-expired', () => {
  it('says which date passed: the evidence, then the entry', () => {
    const [evidence] = findings(registerExpired, 'Smoother.[^smooth-2021]', 'page.md', {register: exampleRegister, today: exampleToday})
    expect(evidence?.message).toBe(
      'Unexpected expired claim `[^smooth-2021]`, the evidence of `smooth-2021` in claims.yaml (SM-21) expired on 2024-03-01: renew its evidence in the register, or withdraw the claim (US: FTC Act §§5 and 12, 15 U.S.C. 45 and 52 (prior substantiation))'
    )
    const [entry] = findings(registerExpired, 'Softer skin overnight.', 'page.md', {register, today: '2025-06-01'})
    expect(entry?.message).toContain('`old` in claims.yaml expired on 2025-05-31')
  })

  it('lets a claim run on its last day', () => {
    expect(findings(registerExpired, 'Softer skin overnight.', 'page.md', {register, today: '2025-05-31'})).toEqual([])
  })

  it('reports nothing without a register', () => {
    expect(findings(registerExpired, 'Smoother.[^smooth-2021]')).toEqual([])
  })
})
