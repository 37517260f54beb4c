import {describe, expect, it} from 'vitest'
import {Linter} from './linter.js'
import {toResult} from './results.js'
import type {Rule, RuleMeta} from './types.js'

const meta = (id: string, fields: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  description: 'A test rule',
  family: 1,
  kind: 'disease claim',
  rationale: 'For tests.',
  basis: {us: 'FD&C Act §201(g)(1)'},
  references: [],
  severity: 'error',
  fixable: true,
  remedy: 'describe how skin looks instead',
  ...fields
})

/** `cures acne` with a rewrite (a fix), `heals eczema` with suggestions only, `treats` without suggestions. */
const rule: Rule = {
  meta: meta('cure-claim'),
  lexicon: {
    entries: [
      {phrases: ['cure~ acne'], note: 'A disease claim.', expected: ['soothes the look of blemishes'], fix: 'soothes the look of blemishes'},
      {phrases: ['heal~ eczema'], note: 'A disease claim.', expected: ['calms the feeling of dryness', 'comforts dry skin']},
      {phrases: ['treat~ rosacea'], note: 'A disease claim.'}
    ]
  }
}

function messages(value: string) {
  const linter = new Linter({rules: [rule]})
  return toResult(linter.lint({value, path: 'page.md'}), {filePath: 'page.md', includeSource: false}).messages
}

describe('toResult messages', () => {
  it('keep ESLint’s key order, with optional keys only when set, whether built in one literal or field by field', () => {
    const [fixed, suggested, bare] = messages('Cures acne. Heals eczema. Treats rosacea.\n')
    const order = ['ruleId', 'severity', 'message', 'line', 'column', 'source', 'endLine', 'endColumn', 'url', 'actual', 'expected', 'note', 'basis']
    expect(Object.keys(fixed!)).toEqual([...order, 'fix'])
    expect(Object.keys(suggested!)).toEqual(order)
    expect(Object.keys(bare!)).toEqual(order)
    expect(fixed).toMatchObject({ruleId: 'cure-claim', severity: 2, line: 1, column: 1, endLine: 1, endColumn: 11, actual: 'Cures acne', note: 'A disease claim.'})
    expect(fixed!.fix).toEqual({range: [0, 10], text: 'Soothes the look of blemishes'})
    expect(suggested!.expected).toEqual(['calms the feeling of dryness', 'comforts dry skin'])
    expect(bare!.expected).toEqual([])
  })

  it('share one frozen suggestion list between messages that suggest the same', () => {
    const [first, second] = messages('Heals eczema.\n\nHealing eczema.\n')
    expect(first!.expected).toBe(second!.expected)
    expect(Object.isFrozen(first!.expected)).toBe(true)
    expect(() => (first!.expected as string[]).push('more')).toThrow(TypeError)
  })
})
