import path from 'node:path'
import {failureResult, type LintMessage, type LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import formatDefault, {annotationLimit, escapeData, escapeProperty, format} from './index.js'

const cwd = path.resolve('/repo')

function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'disease-claim',
    severity: 2,
    message: 'Unexpected disease claim `treats acne`, describe how skin looks or feels instead',
    line: 3,
    column: 4,
    endLine: 3,
    endColumn: 15,
    source: 'claimlint',
    url: 'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md',
    ...overrides
  }
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath: path.join(cwd, filePath),
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: []
  }
}

/** Parse workflow command lines back into their parts, as the runner does. */
function commands(output: string): Array<{name: string; properties: Record<string, string>; data: string}> {
  return output
    .trimEnd()
    .split('\n')
    .map((line) => {
      const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)
      if (!match) throw new Error(`Not a workflow command: ${line}`)
      const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string]))
      return {name: match[1]!, properties, data: match[3]!}
    })
}

describe('formatter-github', () => {
  it('prints an error annotation with a cwd-relative path, the span and the rule as title', () => {
    const output = format([result('pages/serum.md', [message()])], {cwd})
    expect(output).toBe(
      '::error file=pages/serum.md,line=3,col=4,endLine=3,endColumn=15,title=disease-claim::' +
        'Unexpected disease claim `treats acne`, describe how skin looks or feels instead%0A' +
        'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md\n'
    )
  })

  it('prints a warning for severity 1 and leaves out an end it does not have', () => {
    const [annotation] = commands(format([result('a.md', [message({severity: 1, endLine: undefined, endColumn: undefined} as never)])], {cwd}))
    expect(annotation).toMatchObject({name: 'warning', properties: {file: 'a.md', line: '3', col: '4', title: 'disease-claim'}})
    expect(annotation!.properties).not.toHaveProperty('endLine')
  })

  it('escapes data as the toolkit does, so a message cannot break out of its command', () => {
    expect(escapeData('100% natural\r\nheals')).toBe('100%25 natural%0D%0Aheals')
    const output = format([result('a.md', [message({message: 'Unexpected `50%` claim,\nthen ::error::injected', url: undefined} as never)])], {cwd})
    expect(output).toBe('::error file=a.md,line=3,col=4,endLine=3,endColumn=15,title=disease-claim::Unexpected `50%25` claim,%0Athen ::error::injected\n')
    expect(output.split('\n')).toHaveLength(2)
  })

  it('escapes properties, including the colons and commas that separate them', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae')
    const [annotation] = commands(format([result('pages/a,b:c 100%.md', [message({ruleId: 'pack:rule,x'})])], {cwd}))
    expect(annotation!.properties).toMatchObject({file: 'pages/a%2Cb%3Ac 100%25.md', title: 'pack%3Arule%2Cx'})
  })

  it('titles a message without a rule claimlint, such as an unreadable file', () => {
    const [annotation] = commands(format([failureResult(path.join(cwd, 'locked.md'), 'Cannot read file: EACCES')], {cwd}))
    expect(annotation).toEqual({
      name: 'error',
      properties: {file: 'locked.md', line: '1', col: '1', title: 'claimlint'},
      data: 'Cannot read file: EACCES'
    })
  })

  it('keeps the path of a file outside the cwd and uses POSIX slashes inside it', () => {
    const outside = path.resolve(cwd, '..', 'other.md')
    const output = format([{...result('x.md', [message()]), filePath: outside}, result(path.join('deep', 'dir', 'b.md'), [message()])], {cwd})
    expect(commands(output).map((c) => c.properties['file'])).toEqual([outside.replaceAll(':', '%3A'), 'deep/dir/b.md'])
  })

  it('prints nothing at all when there are no findings', () => {
    expect(format([result('a.md', []), result('b.md', [])], {cwd})).toBe('')
    expect(format([], {cwd})).toBe('')
  })

  it('adds no summary at exactly ten errors and ten warnings', () => {
    const messages = [
      ...Array.from({length: 10}, (_, i) => message({line: i + 1})),
      ...Array.from({length: 10}, (_, i) => message({line: i + 1, severity: 1}))
    ]
    const output = format([result('a.md', messages)], {cwd})
    expect(commands(output)).toHaveLength(20)
    expect(output).not.toContain('::notice')
    expect(output.endsWith('\n')).toBe(true)
  })

  it('still prints every finding past the limit and ends with a notice naming the totals and the first unannotated one', () => {
    const errors = Array.from({length: 13}, (_, i) => message({line: i + 1}))
    const output = format([result('a.md', errors.slice(0, 8)), result('b.md', [message({severity: 1}), ...errors.slice(8)])], {cwd})
    const lines = commands(output)
    expect(lines).toHaveLength(15)
    expect(lines.slice(0, 14).map((l) => l.name)).toEqual([...Array(8).fill('error'), 'warning', ...Array(5).fill('error')])
    expect(lines.at(-1)).toEqual({
      name: 'notice',
      properties: {title: 'claimlint'},
      data:
        `claimlint found 13 errors and 1 warning. GitHub annotates only the first ${annotationLimit} errors and ` +
        `${annotationLimit} warnings of a step; 3 more errors (from b.md:11:4 on) are in this step's log only.`
    })
    expect(output.endsWith("log only.\n")).toBe(true)
  })

  it('names both kinds in the notice when both go over the limit', () => {
    const messages = [
      ...Array.from({length: 11}, (_, i) => message({line: i + 1})),
      ...Array.from({length: 12}, (_, i) => message({line: 20 + i, column: 2, severity: 1}))
    ]
    const notice = commands(format([result('a.md', messages)], {cwd})).at(-1)!
    expect(notice.data).toBe(
      "claimlint found 11 errors and 12 warnings. GitHub annotates only the first 10 errors and 10 warnings of a step; " +
        "1 more error (from a.md:11:4 on) and 2 more warnings (from a.md:30:2 on) are in this step's log only."
    )
  })

  it('is the default export', () => {
    expect(formatDefault).toBe(format)
  })
})
