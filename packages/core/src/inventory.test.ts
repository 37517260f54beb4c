import {describe, expect, it} from 'vitest'
import {Linter} from './linter.js'
import {toResult} from './results.js'
import type {ClaimsRegister, Rule, RuleMeta} from './types.js'

const meta = (id: string, fields: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  description: 'A test rule',
  family: 1,
  kind: 'test claim',
  rationale: 'For tests.',
  basis: {},
  references: [],
  severity: 'error',
  fixable: false,
  remedy: 'reword it',
  ...fields
})

/** Reports `cures acne`; its findings are prohibited in the inventory. */
const cure: Rule = {meta: meta('cure-claim', {evidenceStatus: 'prohibited'}), lexicon: {entries: [{phrases: ['cure~ acne'], note: 'A disease claim.'}]}}

/**
 * Reports `clinically proven` unless its sentence cites a register entry,
 * which it records as backed instead; `proven` alone is a claim too, so the
 * two overlap as real lexicons do.
 */
const proof: Rule = {
  meta: meta('proof', {family: 6, severity: 'warn'}),
  lexicon: {entries: [{phrases: ['clinically proven', 'proven'], note: 'Needs evidence.'}]},
  keep(match, context) {
    const tie = context.register?.ties(match.sentence)[0]
    if (!tie) return true
    context.recordClaim({start: match.start, end: match.end, entry: match.entry, status: 'backed', register: tie.entry})
    return false
  }
}

/** Crashes on every page after recording a claim. */
const crashing: Rule = {
  meta: meta('crashing'),
  check(context) {
    context.recordClaim({start: 0, end: 4, entry: {phrases: [], note: 'x'}, status: 'backed'})
    throw new Error('boom')
  }
}

const register: ClaimsRegister = {
  origin: 'claims.yaml',
  claims: [
    {id: 'firm', wording: ['visibly firmer skin'], evidence: {study: 'FIRM-01', kind: 'in-vivo', panel: 32, duration: '4 weeks'}, markets: ['us', 'eu']},
    {id: 'old', wording: [], evidence: {study: 'OLD-1', kind: 'in-vivo', expires: '2020-01-01'}, markets: ['us']},
    {id: 'us-only', wording: [], evidence: {study: 'US-1', kind: 'instrumental'}, markets: ['us']}
  ]
}

const linter = new Linter({rules: [cure, proof, crashing], settings: {'cure-claim': 'error', proof: 'warn'}, register, today: '2025-06-01'})
const claimsOf = (value: string, path = 'page.md') =>
  (toResult(linter.lint({value, path, inventory: true})).claims ?? []).map(
    (claim) => `${claim.line}:${claim.column} ${claim.ruleId ?? '-'} ${claim.status} ${claim.register ?? '-'} ${claim.text}`
  )

describe('claims inventory', () => {
  it('is left out of results unless asked for', () => {
    const file = linter.lint({value: 'It cures acne.'})
    expect(file.data.claims).toBeUndefined()
    expect('claims' in toResult(file)).toBe(false)
  })

  it('lists reported findings with their rule, family, severity and status', () => {
    const [claim] = toResult(linter.lint({value: 'It cures acne.', inventory: true})).claims!
    expect(claim).toEqual({
      ruleId: 'cure-claim',
      family: 1,
      severity: 'error',
      status: 'prohibited',
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 14,
      text: 'cures acne',
      sentence: 'It cures acne.',
      register: null,
      detail: 'Unexpected test claim `cures acne`, reword it'
    })
  })

  it('lists claims a rule passes because the register backs them, once, leftmost-longest', () => {
    expect(claimsOf('Clinically proven firmness.[^firm]')).toEqual(['1:1 proof backed firm Clinically proven'])
    const [claim] = toResult(linter.lint({value: 'Clinically proven firmness.[^firm]', inventory: true})).claims!
    expect(claim!.detail).toBe('FIRM-01 (in-vivo, panel 32, 4 weeks)')
    expect(claim!.severity).toBe('warn')
  })

  it('calls a finding of a rule that names no status missing', () => {
    expect(claimsOf('Clinically proven firmness.')).toEqual(['1:1 proof missing - Clinically proven'])
  })

  it('says a backed claim citing an expired entry, or one not cleared for the page, is not backed', () => {
    expect(claimsOf('Clinically proven.[^old]')).toEqual(['1:1 proof expired old Clinically proven'])
    expect(claimsOf('---\nmarkets: [eu]\n---\n\nProven.[^us-only]')).toEqual(['5:1 proof not-cleared-for-market us-only Proven'])
  })

  it('lists copy citing a register entry that no rule found a claim in, under no rule', () => {
    expect(claimsOf('Firmer-looking skin.[^firm]\n\nVisibly firmer skin, all day.')).toEqual([
      '1:1 - backed firm Firmer-looking skin.',
      '3:1 - backed firm Visibly firmer skin'
    ])
  })

  it('marks findings silenced by a control comment as suppressed, with the justification', () => {
    const value = '<!--claimlint ignore cure-claim -- approved by Legal-->\nIt cures acne.\n'
    const [claim] = toResult(linter.lint({value, inventory: true})).claims!
    expect(claim).toMatchObject({ruleId: 'cure-claim', status: 'suppressed', detail: 'approved by Legal', line: 2})
  })

  it('leaves out negated claims and the claims of a rule that crashed', () => {
    const crashes = new Linter({rules: [cure, crashing], settings: {'cure-claim': 'error', crashing: 'error'}})
    const result = toResult(crashes.lint({value: 'It does not cure acne. It cures acne.', inventory: true}))
    expect(result.claims!.map((claim) => `${claim.ruleId} ${claim.text}`)).toEqual(['cure-claim cures acne'])
    expect(result.messages.some((message) => message.ruleId === 'crashing' && message.fatal)).toBe(true)
  })

  it('shortens a long sentence on one line', () => {
    const [claim] = toResult(linter.lint({value: `It cures acne and\nsoothes ${'very '.repeat(100)}dry skin.`, inventory: true})).claims!
    expect(claim!.sentence).toHaveLength(300)
    expect(claim!.sentence.startsWith('It cures acne and soothes very')).toBe(true)
    expect(claim!.sentence.endsWith('…')).toBe(true)
  })
})
