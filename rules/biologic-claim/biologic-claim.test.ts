import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {biologicClaim} from './index.js'

describeRule(biologicClaim, cases)

describe('biologic-claim inspiration', () => {
  it('passes a therapy named only as the inspiration of a formula', () => {
    expect(findings(biologicClaim, 'A cream inspired by stem cell therapy.')).toEqual([])
  })

  it('still flags the therapy itself next to an inspiration', () => {
    expect(findings(biologicClaim, 'Inspired by nature, powered by exosome therapy.').map((m) => m.actual)).toEqual(['exosome therapy'])
  })
})
