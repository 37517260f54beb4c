import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {otcDrugClaim} from './index.js'

describeRule(otcDrugClaim, cases)

describe('otc-drug-claim warnings', () => {
  it('passes the mandated sunscreen alert but flags a claim after it', () => {
    const text =
      'Skin Cancer/Skin Aging Alert: Spending time in the sun increases your risk of skin cancer and early skin aging. ' +
      'Protects against sunburn.'
    expect(findings(otcDrugClaim, text).map((m) => m.actual)).toEqual(['Protects against sunburn'])
  })

  it('names the drug category in the message', () => {
    expect(findings(otcDrugClaim, 'Stops sweating.')[0]?.message).toMatch(/^Unexpected antiperspirant drug claim `Stops sweating`/)
  })
})
