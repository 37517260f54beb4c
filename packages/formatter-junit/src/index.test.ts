import path from 'node:path'
import {failureResult, type LintMessage, type LintResult} from '@claimlint/core'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import formatDefault, {format} from './index.js'

const cwd = path.resolve('/repo')

function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'disease-claim',
    severity: 2,
    message: 'Unexpected disease claim `treats acne`, describe how skin looks or feels instead',
    line: 3,
    column: 4,
    source: 'claimlint',
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

interface Failure {
  message: string
  '#text': string
}
interface Testcase {
  name: string
  classname: string
  time: string
  failure?: Failure
  error?: Failure
}
interface Testsuite {
  package: string
  name: string
  time: string
  tests: string
  errors: string
  failures: string
  testcase: Testcase[]
}

/** Parse the report with a real XML parser, decoding every entity and character reference. */
function parse(xml: string): Testsuite[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase'
  })
  const document = parser.parse(xml) as {testsuites: {testsuite?: Testsuite[]} | ''}
  return document.testsuites === '' ? [] : (document.testsuites.testsuite ?? [])
}

describe('formatter-junit', () => {
  it('writes a suite per file with a failing test case per finding, as ESLint does', () => {
    const xml = format([result('pages/serum.md', [message(), message({ruleId: 'proof-claim', severity: 1, line: 7, column: 1, message: 'Unexpected proof claim'})])], {cwd})
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n')).toBe(true)
    expect(parse(xml)).toEqual([
      {
        package: 'org.claimlint',
        time: '0',
        tests: '2',
        errors: '0',
        failures: '2',
        name: 'pages/serum.md',
        testcase: [
          {
            time: '0',
            name: 'org.claimlint.disease-claim',
            classname: 'pages/serum',
            failure: {
              message: message().message,
              '#text': `line 3, col 4, Error - ${message().message} (disease-claim)`
            }
          },
          {
            time: '0',
            name: 'org.claimlint.proof-claim',
            classname: 'pages/serum',
            failure: {message: 'Unexpected proof claim', '#text': 'line 7, col 1, Warning - Unexpected proof claim (proof-claim)'}
          }
        ]
      }
    ])
  })

  it('gives a clean file one passing test case named after it', () => {
    expect(parse(format([result('docs/clean.txt', [])], {cwd}))).toEqual([
      {
        package: 'org.claimlint',
        time: '0',
        tests: '1',
        errors: '0',
        failures: '0',
        name: 'docs/clean.txt',
        testcase: [{time: '0', name: 'docs/clean.txt', classname: 'docs/clean'}]
      }
    ])
  })

  it('reports an unreadable file as an error element counted in errors', () => {
    const [suite] = parse(format([failureResult(path.join(cwd, 'locked.md'), 'Cannot read file: EACCES')], {cwd}))
    expect(suite).toMatchObject({tests: '1', errors: '1', failures: '0'})
    expect(suite!.testcase[0]).toEqual({
      time: '0',
      name: 'org.claimlint.unknown',
      classname: 'locked',
      error: {message: 'Cannot read file: EACCES', '#text': 'line 1, col 1, Error - Cannot read file: EACCES'}
    })
  })

  it('escapes markup, ampersands, quotes, line breaks and CDATA terminators so they read back unchanged', () => {
    const text = 'Unexpected `<b>cures</b>` & "heals" in R&amp;D\'s ]]> copy,\n\tsee `]]]>`'
    const xml = format([result('pages/a&b <"x">.md', [message({message: text})])], {cwd})
    const [suite] = parse(xml)
    expect(suite!.name).toBe('pages/a&b <"x">.md')
    expect(suite!.testcase[0]!.classname).toBe('pages/a&b <"x">')
    expect(suite!.testcase[0]!.failure).toEqual({message: text, '#text': `line 3, col 4, Error - ${text} (disease-claim)`})
    expect(xml).toContain('message="Unexpected `&lt;b&gt;cures&lt;/b&gt;` &amp; &quot;heals&quot; in R&amp;amp;D&apos;s ]]&gt; copy,&#10;&#9;see')
    expect(xml).toContain(']]]]><![CDATA[>')
  })

  it('replaces characters XML cannot carry with U+FFFD', () => {
    const xml = format([result('a.md', [message({message: 'line\u000Bbreak \u0000 \uD800'})])], {cwd})
    expect(parse(xml)[0]!.testcase[0]!.failure!.message).toBe('line\uFFFDbreak \uFFFD \uFFFD')
  })

  it('keeps results in the given order, ends with a newline and is the default export', () => {
    const xml = formatDefault([result('b.md', []), result('a.md', [message()])], {cwd})
    expect(parse(xml).map((s) => s.name)).toEqual(['b.md', 'a.md'])
    expect(xml.endsWith('</testsuites>\n')).toBe(true)
    expect(parse(format([], {cwd}))).toEqual([])
  })
})
