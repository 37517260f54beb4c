import {defineRule, Linter} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import {lintAndFix} from './fix.js'

const meta = {description: 'd', family: 0, kind: 'test claim', rationale: '', basis: {}, references: [], severity: 'warn' as const, fixable: true, remedy: 'fix it'}

describe('lintAndFix', () => {
  it('fixes again until no fix is left, and returns the lint of the final text', () => {
    // `a` becomes `b`, and `b` becomes `c`: two passes.
    const rule = defineRule({meta: {...meta, id: 'chain-claim'}, lexicon: {entries: [{phrases: ['alpha'], note: 'n', fix: 'beta'}, {phrases: ['beta'], note: 'n', fix: 'gamma'}, {phrases: ['gamma'], note: 'n'}]}})
    const {file, output} = lintAndFix(new Linter({rules: [rule]}), {value: 'An alpha test.'})
    expect(output).toBe('An gamma test.')
    expect(file.messages.map((m) => m.reason)).toEqual(['Unexpected test claim `gamma`, fix it'])
  })

  it('stops after ten passes when fixes undo each other', () => {
    const rule = defineRule({meta: {...meta, id: 'flip-claim'}, lexicon: {entries: [{phrases: ['ping'], note: 'n', fix: 'pong'}, {phrases: ['pong'], note: 'n', fix: 'ping'}]}})
    expect(lintAndFix(new Linter({rules: [rule]}), {value: 'ping'}).output).toBe('ping')
  })
})
