import type {LintMessage, LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import format, {format as namedFormat} from './index.js'

const cwd = '/work/site'

function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'disease-claim',
    severity: 2,
    message: 'Unexpected disease claim `treats rosacea`, describe how skin looks or feels instead',
    line: 3,
    column: 11,
    endLine: 3,
    endColumn: 25,
    source: 'claimlint',
    url: 'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md',
    ...overrides
  }
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  const errors = messages.filter((m) => m.severity === 2).length
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: errors,
    warningCount: messages.length - errors,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
}

describe('formatter-stylish', () => {
  it('returns an empty string when no file has messages', () => {
    expect(format([], {cwd, color: false})).toBe('')
    expect(format([result(`${cwd}/clean.md`, [])], {cwd, color: false})).toBe('')
  })

  it('shows the path relative to cwd, the range, severity, message, rule id and a summary', () => {
    const output = format([result(`${cwd}/pages/serum.md`, [message()])], {cwd, color: false})
    expect(output).toBe(
      'pages/serum.md\n' +
        '3:11-3:25 error Unexpected disease claim `treats rosacea`, describe how skin looks or feels instead disease-claim claimlint\n' +
        '\n' +
        '✖ 1 error\n'
    )
  })

  it('shows a file outside cwd by its absolute path', () => {
    const output = format([result('/elsewhere/serum.md', [message()])], {cwd, color: false})
    expect(output.startsWith('/elsewhere/serum.md\n')).toBe(true)
  })

  it('labels severity 1 as a warning and counts both in the summary', () => {
    const output = format(
      [result(`${cwd}/a.md`, [message({severity: 1, ruleId: 'proof-claim', message: 'Unexpected proof claim'}), message({line: 4, endLine: 4})])],
      {cwd, color: false}
    )
    expect(output).toMatch(/^3:11-3:25 +warning +Unexpected proof claim +proof-claim +claimlint$/m)
    expect(output).toMatch(/^4:11-4:25 +error /m)
    expect(output.endsWith('2 messages (✖ 1 error, ⚠ 1 warning)\n')).toBe(true)
  })

  it('leaves out files without messages but keeps the others', () => {
    const output = format([result(`${cwd}/clean.md`, []), result(`${cwd}/bad.md`, [message()])], {cwd, color: false})
    expect(output).not.toContain('clean.md')
    expect(output.startsWith('bad.md\n')).toBe(true)
  })

  it('prints a message without an end position as line:column', () => {
    const {endLine, endColumn, ...startOnly} = message({ruleId: null})
    const output = format([result('<text>', [startOnly])], {cwd, color: false})
    // `<text>` (unnamed standard input) is not a path and stays as is.
    expect(output).toMatch(/^<text>\n3:11 +error /)
  })

  it('colours the output only when the context says so', () => {
    const results = [result(`${cwd}/bad.md`, [message()])]
    expect(format(results, {cwd, color: false})).not.toContain('\u001B[')
    expect(format(results, {cwd, color: true})).toContain('\u001B[31merror\u001B[39m')
  })

  it('is also the named export `format`', () => {
    expect(namedFormat).toBe(format)
  })
})
