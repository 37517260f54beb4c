import type {LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import format, {format as namedFormat, formatChunks} from './index.js'

const results: LintResult[] = [
  {
    filePath: '/work/site/pages/serum.md',
    messages: [
      {
        ruleId: 'disease-claim',
        severity: 2,
        message: 'Unexpected disease claim `treats rosacea`, describe how skin looks or feels instead',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 25,
        source: 'claimlint',
        url: 'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md',
        actual: 'treats rosacea',
        expected: ['soothes the look of redness'],
        note: 'A cosmetic that treats a disease is a drug.'
      }
    ],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
]

describe('formatter-json', () => {
  it('prints the results as one line of JSON ending with a newline', () => {
    const output = format(results, {cwd: '/work/site', color: true})
    expect(output).toBe(`${JSON.stringify(results)}\n`)
    expect(output.indexOf('\n')).toBe(output.length - 1)
  })

  it('streams the same report in chunks, one per result', () => {
    const three = [results[0]!, {...results[0]!, filePath: '/work/site/b.md', messages: []}, {...results[0]!, filePath: '<text>'}]
    for (const list of [[], results, three]) {
      const chunks = [...formatChunks(list, {cwd: '/work/site', color: false})]
      expect(chunks.join('')).toBe(`${JSON.stringify(list)}\n`)
      expect(chunks).toHaveLength(list.length + 2)
    }
  })

  it('round-trips every field, keeping absolute file paths', () => {
    const [parsed] = JSON.parse(format(results, {cwd: '/elsewhere', color: false})) as LintResult[]
    expect(parsed).toEqual(results[0])
    expect(parsed!.filePath).toBe('/work/site/pages/serum.md')
  })

  it('prints an empty array when there are no results', () => {
    expect(format([], {cwd: '/', color: false})).toBe('[]\n')
  })

  it('is also the named export `format`', () => {
    expect(namedFormat).toBe(format)
  })
})
