import type {ClaimRecord, LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import format, {field, needsClaims} from './index.js'

const claim = (fields: Partial<ClaimRecord>): ClaimRecord => ({
  ruleId: 'proof-claim',
  family: 6,
  severity: 'warn',
  status: 'backed',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 17,
  text: 'Clinically shown',
  sentence: 'Clinically shown to improve the look of firmness.',
  register: 'firm-2025',
  detail: 'FIRM-01 (in-vivo, panel 32)',
  ...fields
})

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

const header = 'page,line,column,text,sentence,rule,family,severity,register,status,detail\r\n'

describe('formatter-claims-csv', () => {
  it('prints a header and a row per claim, with pages relative to the cwd and CRLF line ends', () => {
    const output = format(
      [
        result('/site/pages/serum.md', [
          claim({}),
          claim({ruleId: 'disease-claim', family: 1, severity: 'error', status: 'prohibited', line: 3, text: 'treats acne', sentence: 'It treats acne.', register: null, detail: 'Unexpected disease claim'})
        ])
      ],
      {cwd: '/site'}
    )
    expect(output).toBe(
      header +
        'pages/serum.md,1,1,Clinically shown,Clinically shown to improve the look of firmness.,proof-claim,proof,warn,firm-2025,backed,"FIRM-01 (in-vivo, panel 32)"\r\n' +
        'pages/serum.md,3,1,treats acne,It treats acne.,disease-claim,disease,error,,prohibited,Unexpected disease claim\r\n'
    )
  })

  it('leaves the rule, family and severity empty for copy that only cites a register entry', () => {
    const output = format([result('/site/a.md', [claim({ruleId: null, family: null, severity: null, text: 'Firmer skin.', sentence: 'Firmer skin.', detail: ''})])], {cwd: '/site'})
    expect(output).toBe(`${header}a.md,1,1,Firmer skin.,Firmer skin.,,,,firm-2025,backed,\r\n`)
  })

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(field('plain')).toBe('plain')
    expect(field('a, b')).toBe('"a, b"')
    expect(field('the "miracle" cream')).toBe('"the ""miracle"" cream"')
    expect(field('treats\nrosacea')).toBe('"treats\nrosacea"')
    expect(field('line\r\nbreak')).toBe('"line\r\nbreak"')
    expect(field(null)).toBe('')
    expect(field(12)).toBe('12')
  })

  it('keeps a spreadsheet from running copy as a formula', () => {
    expect(field('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`)
    expect(field('+1 serum')).toBe(`"'+1 serum"`)
    expect(field('-50% wrinkles')).toBe(`"'-50% wrinkles"`)
    expect(field('@brand approved')).toBe(`"'@brand approved"`)
    expect(field('\tcmd')).toBe(`"'\tcmd"`)
    expect(field('a=b')).toBe('a=b')
  })

  it('prints the header alone when no claim was found or the results carry no inventory', () => {
    expect(format([], {cwd: '/'})).toBe(header)
    expect(format([result('/a.md')], {cwd: '/'})).toBe(header)
  })

  it('asks the CLI for the inventory', () => {
    expect(needsClaims).toBe(true)
  })
})
