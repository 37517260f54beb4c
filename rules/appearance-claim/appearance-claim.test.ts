import {applyFixes} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {appearanceClaim} from './index.js'

describeRule(appearanceClaim, cases)

/** The text after applying every fix the rule proposes. */
function fixed(text: string): string {
  return applyFixes(text, findings(appearanceClaim, text).flatMap((m) => (m.fix ? [m.fix] : []))).output
}

describe('appearance-claim fixes', () => {
  it.each([
    ['This serum reduces fine lines.', 'This serum reduces the appearance of fine lines.'],
    ['Erases dark spots in weeks.', 'Erases the appearance of dark spots in weeks.'],
    ['A toner that shrinks pores.', 'A toner that shrinks the appearance of pores.'],
    ['Firms sagging skin along the jaw.', 'Firms the look of sagging skin along the jaw.'],
    ['It smooths wrinkles.', 'It smooths the look of wrinkles.'],
    ['Fades age spots.', 'Fades the appearance of age spots.'],
    ['Minimized your enlarged pores.', 'Minimized the appearance of your enlarged pores.'],
    ['REDUCES FINE LINES', 'REDUCES THE APPEARANCE OF FINE LINES']
  ])('rewrites %j as %j', (text, output) => {
    expect(fixed(text)).toBe(output)
  })

  it('proposes the fixed words first in `expected`', () => {
    expect(findings(appearanceClaim, 'It smooths wrinkles.')[0]!.expected![0]).toBe('smooths the look of wrinkles')
  })

  it('finds nothing left to fix in its own output', () => {
    const once = fixed('Reduces fine lines and smooths wrinkles. Shrinks pores.')
    expect(findings(appearanceClaim, once)).toEqual([])
    expect(fixed(once)).toBe(once)
  })
})
