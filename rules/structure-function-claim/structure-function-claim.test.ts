import {describe, expect, it} from 'vitest'
import {findings, describeRule} from '../rule-testing.js'
import {cases} from './cases.js'
import {structureFunctionClaim} from './index.js'

describeRule(structureFunctionClaim, cases)

describe('structure-function-claim judgements', () => {
  it('leaves bare wrinkle claims to appearance-claim, which inserts the qualifier', () => {
    expect(findings(structureFunctionClaim, 'Erases wrinkles and shrinks pores.')).toEqual([])
  })

  it('passes a mechanism reported of other brands or done by a doctor', () => {
    expect(findings(structureFunctionClaim, 'Some brands claim their creams regrow hair.')).toEqual([])
    expect(findings(structureFunctionClaim, 'Doctors stimulate collagen with lasers; our cream moisturizes.')).toEqual([])
  })

  it('reports a mechanism as an error even after an appearance word', () => {
    expect(findings(structureFunctionClaim, 'Visibly boosts collagen production.')).toMatchObject([{actual: 'boosts collagen production', severity: 2}])
  })

  it('reads a message with the remedy and the first rewrite', () => {
    const [message] = findings(structureFunctionClaim, 'Boosts collagen.')
    expect(message?.message).toMatch(/^Unexpected structure\/function claim `Boosts collagen`, describe the visible or felt result instead, e\.g\. `skin looks firmer`/)
  })
})
