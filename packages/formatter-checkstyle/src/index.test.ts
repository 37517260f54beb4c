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

interface CheckstyleFile {
  name: string
  error?: Array<Record<string, string>>
}

/** Parse the report with a real XML parser, decoding every entity and character reference. */
function parse(xml: string): {version: string; file: CheckstyleFile[]} {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (name) => name === 'file' || name === 'error'
  })
  const document = parser.parse(xml) as {checkstyle: {version: string; file?: CheckstyleFile[]}}
  return {version: document.checkstyle.version, file: document.checkstyle.file ?? []}
}

describe('formatter-checkstyle', () => {
  it('writes a file element per result with an error element per finding, as ESLint does', () => {
    const xml = format(
      [result('pages/serum.md', [message(), message({ruleId: 'proof-claim', severity: 1, line: 7, column: 1, message: 'Unexpected proof claim'})])],
      {cwd}
    )
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n')).toBe(true)
    expect(parse(xml)).toEqual({
      version: '4.3',
      file: [
        {
          name: 'pages/serum.md',
          error: [
            {line: '3', column: '4', severity: 'error', message: message().message, source: 'claimlint.disease-claim'},
            {line: '7', column: '1', severity: 'warning', message: 'Unexpected proof claim', source: 'claimlint.proof-claim'}
          ]
        }
      ]
    })
  })

  it('lists a clean file with no errors, so tools know it was checked', () => {
    expect(parse(format([result('clean.md', [])], {cwd})).file).toEqual([{name: 'clean.md'}])
  })

  it('reports an unreadable file as an error from claimlint itself', () => {
    const {file} = parse(format([failureResult(path.join(cwd, 'locked.md'), 'Cannot read file: EACCES')], {cwd}))
    expect(file[0]!.error).toEqual([{line: '1', column: '1', severity: 'error', message: 'Cannot read file: EACCES', source: 'claimlint'}])
  })

  it('escapes markup, ampersands, quotes, backticks, line breaks and CDATA terminators so they read back unchanged', () => {
    const text = 'Unexpected `<b>cures</b>` & "heals" in R&amp;D\'s ]]> copy,\n\tsee `x`'
    const xml = format([result('pages/a&b <"x">.md', [message({message: text, ruleId: 'pack/<rule>'})])], {cwd})
    const {file} = parse(xml)
    expect(file[0]!.name).toBe('pages/a&b <"x">.md')
    expect(file[0]!.error![0]).toMatchObject({message: text, source: 'claimlint.pack/<rule>'})
    expect(xml).toContain('message="Unexpected `&lt;b&gt;cures&lt;/b&gt;` &amp; &quot;heals&quot; in R&amp;amp;D&apos;s ]]&gt; copy,&#10;&#9;see `x`"')
  })

  it('replaces characters XML cannot carry with U+FFFD', () => {
    const xml = format([result('a.md', [message({message: 'line\u000Bbreak \u0000 \uDC00'})])], {cwd})
    expect(parse(xml).file[0]!.error![0]!.message).toBe('line\uFFFDbreak \uFFFD \uFFFD')
  })

  it('keeps results in the given order, ends with a newline and is the default export', () => {
    const xml = formatDefault([result('b.md', []), result('a.md', [message()])], {cwd})
    expect(parse(xml).file.map((f) => f.name)).toEqual(['b.md', 'a.md'])
    expect(xml.endsWith('</checkstyle>\n')).toBe(true)
    expect(parse(format([], {cwd})).file).toEqual([])
  })
})
