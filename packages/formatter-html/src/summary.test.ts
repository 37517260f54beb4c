import type {LintMessage, LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import {severityName, summarize} from './summary.js'

function message(ruleId: string | null, severity: 1 | 2, extra: Partial<LintMessage> = {}): LintMessage {
  return {ruleId, severity, message: 'Unexpected claim', line: 1, column: 1, source: 'claimlint', ...extra}
}

function result(filePath: string, messages: LintMessage[], suppressedMessages: LintMessage[] = []): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
}

const fix = {range: [0, 4] as [number, number], text: 'soothes'}
const results = [
  result('/repo/clean.md', []),
  result('/repo/serum.md', [message('disease-claim', 2), message('miracle-claim', 1), message('disease-claim', 2, {fix})]),
  result('/repo/cream.md', [message('miracle-claim', 1), message('miracle-claim', 1), message('proof-claim', 1)], [
    message('disease-claim', 2, {suppressions: [{kind: 'directive', justification: 'approved by Legal'}]})
  ]),
  result('/repo/broken.md', [message(null, 2, {fatal: true})])
]

describe('summarize', () => {
  it('counts errors, warnings, suppressed and fixable findings over all files', () => {
    expect(summarize(results)).toMatchObject({files: 4, filesWithFindings: 3, errors: 3, warnings: 4, suppressed: 1, fixable: 1})
  })

  it('counts findings by rule, most first, ties by id, with problems of no rule under an empty id', () => {
    expect(summarize(results).byRule).toEqual([
      {ruleId: 'miracle-claim', errors: 0, warnings: 3, suppressed: 0},
      {ruleId: 'disease-claim', errors: 2, warnings: 0, suppressed: 1},
      {ruleId: '', errors: 1, warnings: 0, suppressed: 0},
      {ruleId: 'proof-claim', errors: 0, warnings: 1, suppressed: 0}
    ])
  })

  it('ranks files by findings, then errors, then their order, and keeps the top ones', () => {
    const top = summarize(results).topFiles
    expect(top.map((file) => [file.filePath, file.errors, file.warnings, file.index])).toEqual([
      ['/repo/serum.md', 2, 1, 1],
      ['/repo/cream.md', 0, 3, 2],
      ['/repo/broken.md', 1, 0, 3]
    ])
    expect(summarize(results, 1).topFiles.map((file) => file.filePath)).toEqual(['/repo/serum.md'])
  })

  it('has nothing to rank for clean results', () => {
    expect(summarize([result('/repo/clean.md', [])])).toEqual({
      files: 1,
      filesWithFindings: 0,
      errors: 0,
      warnings: 0,
      suppressed: 0,
      fixable: 0,
      byRule: [],
      topFiles: []
    })
  })
})

describe('severityName', () => {
  it('names severity 2 an error and 1 a warning', () => {
    expect(severityName({severity: 2})).toBe('error')
    expect(severityName({severity: 1})).toBe('warning')
  })
})
