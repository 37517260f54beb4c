import type {ClaimRecord, LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import format, {format as namedFormat, needsClaims} from './index.js'

const claim: ClaimRecord = {
  ruleId: 'register-market',
  family: 6,
  severity: 'error',
  status: 'not-cleared-for-market',
  line: 5,
  column: 21,
  endLine: 5,
  endColumn: 33,
  text: '[^firm-2025]',
  sentence: 'Firmer-looking skin.[^firm-2025]',
  register: 'firm-2025',
  detail: 'Unexpected claim outside its markets'
}

const result = (filePath: string, claims?: ClaimRecord[]): LintResult => ({
  filePath,
  messages: [],
  suppressedMessages: [],
  errorCount: 0,
  warningCount: 0,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  ...(claims ? {claims} : {})
})

describe('formatter-claims-json', () => {
  it('prints one object per claim, with the page relative to the cwd and the family by name', () => {
    const output = format([result('/site/eu/serum.md', [claim]), result('/site/none.md')], {cwd: '/site'})
    expect(JSON.parse(output)).toEqual([
      {
        page: 'eu/serum.md',
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 33,
        text: '[^firm-2025]',
        sentence: 'Firmer-looking skin.[^firm-2025]',
        rule: 'register-market',
        family: 'proof',
        severity: 'error',
        register: 'firm-2025',
        status: 'not-cleared-for-market',
        detail: 'Unexpected claim outside its markets'
      }
    ])
    expect(output.endsWith('}\n]\n')).toBe(true)
  })

  it('names an unknown family by its number and a missing one as null', () => {
    const rows = JSON.parse(format([result('/a.md', [{...claim, family: 42}, {...claim, ruleId: null, family: null, severity: null}])], {cwd: '/'}))
    expect(rows.map((row: {family: unknown}) => row.family)).toEqual(['42', null])
  })

  it('prints an empty array when there is no claim', () => {
    expect(format([], {cwd: '/'})).toBe('[]\n')
  })

  it('asks the CLI for the inventory and is also the named export', () => {
    expect(needsClaims).toBe(true)
    expect(namedFormat).toBe(format)
  })
})
