import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {regulatoryStatus} from './index.js'

describeRule(regulatoryStatus, cases)

describe('regulatory-status severities', () => {
  it('reports an approval claim as an error', () => {
    expect(findings(regulatoryStatus, 'Made in an FDA-registered facility.').map((m) => m.severity)).toEqual([2])
  })

  it('reports a mere-compliance statement as a warning', () => {
    expect(findings(regulatoryStatus, 'Our labels comply with FDA cosmetic labeling rules.').map((m) => m.severity)).toEqual([1])
  })
})
