import {describe, expect, it} from 'vitest'
import {Linter} from './linter.js'
import {toResult} from './results.js'
import type {Rule, RuleMeta} from './types.js'
import {parseDirective} from './directives.js'

const meta: RuleMeta = {
  id: 'test-claim',
  description: 'Test claims',
  family: 1,
  kind: 'test claim',
  rationale: 'For tests.',
  basis: {us: 'FD&C Act §201(g)(1)'},
  references: [],
  severity: 'error',
  fixable: false,
  remedy: 'describe appearance instead'
}
const testRule: Rule = {meta, lexicon: {entries: [{phrases: ['treat~ acne'], note: 'Disease.'}]}}
const otherRule: Rule = {meta: {...meta, id: 'other-claim'}, lexicon: {entries: [{phrases: ['heal~ eczema'], note: 'Disease.'}]}}

function run(value: string, options: Partial<ConstructorParameters<typeof Linter>[0]> = {}) {
  const linter = new Linter({rules: [testRule, otherRule], today: '2026-11-25', ...options})
  return toResult(linter.lint({value, path: 'page.md'}))
}
const summary = (value: string, options = {}) => run(value, options).messages.map((m) => `${m.line} ${m.ruleId ?? '-'} ${m.message}`)

describe('inline control comments', () => {
  it('ignore silences the next node only', () => {
    const page = '<!--claimlint ignore-->\nIt treats acne.\n\nIt treats acne.\n'
    expect(summary(page).map((s) => s.slice(0, 13))).toEqual(['4 test-claim '])
  })

  it('ignore with rule names silences only those rules', () => {
    const page = '<!--claimlint ignore other-claim-->\nIt treats acne and heals eczema.\n'
    expect(run(page).messages.map((m) => m.ruleId)).toEqual(['test-claim'])
  })

  it('disable holds until enable', () => {
    const page = [
      '<!--claimlint disable test-claim-->',
      '',
      'It treats acne.',
      '',
      '<!--claimlint enable test-claim-->',
      '',
      'It treats acne.'
    ].join('\n')
    expect(run(page).messages.map((m) => m.line)).toEqual([7])
  })

  it('lists suppressed findings with their justification', () => {
    const page = '<!--claimlint ignore test-claim -- approved by Legal, REG-123, expires 2027-06-30-->\nIt treats acne.\n'
    const result = run(page)
    expect(result.messages).toEqual([])
    expect(result.suppressedMessages).toMatchObject([
      {ruleId: 'test-claim', actual: 'treats acne', suppressions: [{kind: 'directive', justification: 'approved by Legal, REG-123, expires 2027-06-30'}]}
    ])
  })

  it('stops silencing after the expiry date and reports the comment', () => {
    const page = '<!--claimlint ignore test-claim -- REG-9, expires 2026-01-31-->\nIt treats acne.\n'
    expect(summary(page)).toEqual([
      '1 - Expired suppression (expired 2026-01-31), the findings it silenced are reported again',
      '2 test-claim Unexpected test claim `treats acne`, describe appearance instead (US: FD&C Act §201(g)(1))'
    ])
  })

  it('reports a bare suppression when a reason is required', () => {
    const page = '<!--claimlint ignore-->\nIt treats acne.\n'
    expect(summary(page, {requireSuppressionReason: true})).toEqual([
      '1 - Unexpected suppression without a reason, add ` -- <reason>` to the comment'
    ])
  })

  it('reports an unused suppression on request', () => {
    const page = '<!--claimlint ignore test-claim -- fine-->\nSoft skin.\n'
    expect(summary(page, {reportUnusedDirectives: true})).toEqual(['1 - Unused claimlint comment, it silences no finding'])
    expect(summary(page)).toEqual([])
  })

  it('reports unknown rules and unknown keywords in comments', () => {
    expect(summary('<!--claimlint disable no-such-rule-->\n\nText.\n')).toEqual(['1 - Unknown rule `no-such-rule` in claimlint comment'])
    expect(summary('<!--claimlint silence-->\n\nText.\n')).toEqual([
      '1 - Unknown claimlint comment `silence`, expected disable, enable or ignore'
    ])
  })

  it('leaves other HTML comments alone', () => {
    expect(parseDirective('<!-- a note -->')).toBeUndefined()
    expect(parseDirective('<!--claimlint ignore a, b -- ok-->')).toEqual({kind: 'ignore', rules: ['a', 'b'], reason: 'ok'})
  })
})
