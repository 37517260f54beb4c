import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {LintMessage, LintResult} from '@claimlint/core'
import {afterAll, describe, expect, it} from 'vitest'
import {parseArguments} from './args.js'
import {createBaseline, normaliseClaim, readBaseline, serialiseBaseline, subtractBaseline} from './baseline.js'

function message(actual: string, line: number, overrides: Partial<LintMessage> = {}): LintMessage {
  return {ruleId: 'disease-claim', severity: 2, message: `Unexpected disease claim \`${actual}\``, line, column: 1, source: 'claimlint', actual, ...overrides}
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  return {filePath, messages, suppressedMessages: [], errorCount: messages.length, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
}

const baselinePath = '/repo/.claimlint-baseline.json'

describe('normaliseClaim', () => {
  it('ignores case, line breaks, curly quotes and compatibility characters', () => {
    expect(normaliseClaim('Treats\n  Rosacea ')).toBe('treats rosacea')
    expect(normaliseClaim('“Doctor’s” ﬁx')).toBe('"doctor\'s" fix')
    expect(normaliseClaim('heals eczema')).not.toBe(normaliseClaim('heals acne'))
  })
})

describe('createBaseline', () => {
  it('counts each claim per file and rule, with paths relative to the baseline and sorted keys', () => {
    const baseline = createBaseline(
      [
        result('/repo/pages/b.md', [message('Treats rosacea', 9), message('treats  rosacea', 2), message('Clinically proven', 4, {ruleId: 'proof-claim', severity: 1})]),
        result('/repo/a.md', [message('cures acne', 1), message('unreadable', 1, {ruleId: null, fatal: true})])
      ],
      baselinePath
    )
    expect(serialiseBaseline(baseline)).toBe(`{
  "version": 1,
  "files": {
    "a.md": {
      "disease-claim": {
        "cures acne": 1
      }
    },
    "pages/b.md": {
      "disease-claim": {
        "treats rosacea": 2
      },
      "proof-claim": {
        "clinically proven": 1
      }
    }
  }
}
`)
  })

  it('keeps a claim that reads like an Object property as data', () => {
    const baseline = createBaseline([result('/repo/a.md', [message('constructor', 1), message('constructor', 2)])], baselinePath)
    expect(baseline.files['a.md']!['disease-claim']).toEqual({constructor: 2})
  })
})

describe('subtractBaseline', () => {
  const baseline = createBaseline([result('/repo/a.md', [message('treats rosacea', 3), message('constructor', 5)])], baselinePath)

  it('drops recorded findings wherever they moved and reports a second occurrence', () => {
    const [kept] = subtractBaseline([result('/repo/a.md', [message('Treats rosacea', 1), message('constructor', 2), message('treats rosacea', 40), message('heals eczema', 41)])], baseline, baselinePath)
    expect(kept!.messages.map((m) => [m.actual, m.line])).toEqual([['treats rosacea', 40], ['heals eczema', 41]])
    expect(kept!.errorCount).toBe(2)
  })

  it('reports the same claim under another rule or in another file', () => {
    const results = subtractBaseline(
      [result('/repo/a.md', [message('treats rosacea', 1, {ruleId: 'drug-claim'})]), result('/repo/b.md', [message('treats rosacea', 1)])],
      baseline,
      baselinePath
    )
    expect(results.map((r) => r.messages.length)).toEqual([1, 1])
  })

  it('always reports fatal messages', () => {
    const [kept] = subtractBaseline([result('/repo/a.md', [message('treats rosacea', 1, {ruleId: null, fatal: true})])], baseline, baselinePath)
    expect(kept!.messages).toHaveLength(1)
  })
})

describe('readBaseline', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-baseline-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('reads what serialiseBaseline wrote', async () => {
    const baseline = createBaseline([result(join(folder, 'a.md'), [message('cures acne', 1)])], join(folder, 'b.json'))
    writeFileSync(join(folder, 'b.json'), serialiseBaseline(baseline))
    await expect(readBaseline(join(folder, 'b.json'), 'b.json')).resolves.toEqual(baseline)
  })

  it('names a missing or malformed baseline in one line', async () => {
    await expect(readBaseline(join(folder, 'none.json'), 'none.json')).rejects.toThrow('cannot read the baseline none.json: no such file (record one with --baseline-write)')
    writeFileSync(join(folder, 'bad.json'), '{"version": 1, "files": {"a.md": {"x": {"y": 0}}}}')
    await expect(readBaseline(join(folder, 'bad.json'), 'bad.json')).rejects.toThrow('Unexpected content in bad.json, expected a claimlint baseline with version 1')
    writeFileSync(join(folder, 'broken.json'), '{')
    await expect(readBaseline(join(folder, 'broken.json'), 'broken.json')).rejects.toThrow('Unexpected content in broken.json, expected a claimlint baseline')
  })
})

describe('--baseline arguments', () => {
  it('takes an optional file after an equals sign', () => {
    expect(parseArguments(['--baseline', 'pages'])).toMatchObject({baseline: '.claimlint-baseline.json', patterns: ['pages']})
    expect(parseArguments(['--baseline=ci/base.json']).baseline).toBe('ci/base.json')
    expect(parseArguments(['--baseline-write']).baselineWrite).toBe('.claimlint-baseline.json')
    expect(parseArguments(['--', '--baseline']).patterns).toEqual(['--baseline'])
  })

  it('refuses a file after a space, which would be linted instead', () => {
    expect(() => parseArguments(['--baseline', 'old.json'])).toThrow('Unexpected `old.json` after --baseline, expected --baseline=old.json (the file is optional)')
  })

  it('refuses --baseline with --baseline-write', () => {
    expect(() => parseArguments(['--baseline', '--baseline-write'])).toThrow('Unexpected --baseline with --baseline-write, expected one of them')
  })
})
