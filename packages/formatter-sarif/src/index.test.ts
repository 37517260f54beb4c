import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Ajv} from 'ajv'
import addFormatsModule from 'ajv-formats'
import {applyFixes, defineRule, failureResult, lint, toResult, type LintResult, type RuleMeta} from '@claimlint/core'
import type * as Sarif from 'sarif'
import {describe, expect, it} from 'vitest'
import formatDefault, {fingerprintKey, format, normalizeClaim} from './index.js'

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as {default?: typeof addFormatsModule}).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

// The official OASIS schema, copied from the npm package @datadog/datadog-ci@2.48.0
// (dist/commands/sarif/json-schema/sarif-schema-2.1.0.json); see ../README.md.
const schema = JSON.parse(readFileSync(new URL('../test/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object

const cwd = path.resolve('/repo')

const meta: RuleMeta = {
  id: 'disease-claim',
  description: 'Claims to treat, cure, mitigate or prevent a disease or condition',
  family: 1,
  kind: 'disease claim',
  rationale: 'A product intended to treat disease is a drug.',
  basis: {us: 'FD&C Act §201(g)(1)'},
  references: [{jurisdiction: 'us', title: 'FD&C Act §201(g)(1)', url: 'https://www.law.cornell.edu/uscode/text/21/321'}],
  severity: 'error',
  fixable: true,
  remedy: 'describe how skin looks or feels instead'
}
const proofMeta: RuleMeta = {
  ...meta,
  id: 'unsubstantiated-proof',
  description: 'Claims of clinical proof',
  family: 4,
  kind: 'proof claim',
  rationale: 'Proof claims need the study behind them.',
  severity: 'warn',
  fixable: false
}
const diseaseClaim = defineRule({
  meta,
  lexicon: {entries: [{phrases: ['treat~ acne'], note: 'Acne is a disease.', expected: ['helps skin look clearer'], fix: 'helps skin look clearer'}]}
})
const rulesMeta = {[meta.id]: meta, [proofMeta.id]: proofMeta}

/** Lint a page with the test rule, as the CLI would. */
function lintPage(value: string, filePath = path.join(cwd, 'pages', 'serum.md')): LintResult {
  return toResult(lint({value, path: filePath}, {rules: [diseaseClaim]}), {filePath})
}

function parse(output: string): Sarif.Log {
  return JSON.parse(output) as Sarif.Log
}

function runOf(output: string): Sarif.Run {
  return parse(output).runs[0]!
}

function validate(log: unknown): string {
  const ajv = addFormats(new Ajv({allErrors: true, strict: false}))
  const check = ajv.compile(schema)
  return check(log) ? '' : ajv.errorsText(check.errors)
}

describe('formatter-sarif', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts, with fixes, suppressions, fatal files and odd paths', () => {
    const page = lintPage('# Serum\n\nTreats acne overnight.\n')
    page.suppressedMessages.push({
      ...page.messages[0]!,
      line: 9,
      suppressions: [{kind: 'directive', justification: 'Approved by legal, ticket 42'}]
    })
    const results: LintResult[] = [
      page,
      lintPage('Treats acne.', path.join(cwd, 'my pages', 'näive #1.md')),
      lintPage('Treats acne.', path.resolve(cwd, '..', 'elsewhere.md')),
      lintPage('Nothing to see.', path.join(cwd, 'clean.md')),
      failureResult(path.join(cwd, 'locked.md'), 'Cannot read file: EACCES'),
      {
        ...lintPage('', path.join(cwd, 'notice.md')),
        messages: [{ruleId: null, severity: 1, message: 'Unused control comment', line: 1, column: 1, source: 'claimlint'}],
        warningCount: 1
      }
    ]
    const log = parse(format(results, {cwd, rulesMeta, version: '1.2.3'}))
    expect(validate(log)).toBe('')
    expect(log.runs[0]!.results!.length).toBeGreaterThan(3)
  })

  it('rejects a broken log, so the schema check can fail', () => {
    const log = parse(format([lintPage('Treats acne.')], {cwd, rulesMeta}))
    log.runs[0]!.results![0]!.level = 'fatal' as Sarif.Result.level
    expect(validate(log)).toMatch(/level/)
  })

  it('describes every configured rule with its docs page, rationale, default level and family', () => {
    const run = runOf(format([], {cwd, rulesMeta, version: '1.2.3'}))
    expect(run.tool.driver).toMatchObject({name: 'claimlint', version: '1.2.3', informationUri: expect.stringMatching(/^https:/)})
    expect(run.tool.driver.rules).toEqual([
      expect.objectContaining({
        id: 'disease-claim',
        name: 'disease-claim',
        shortDescription: {text: meta.description},
        fullDescription: {text: meta.rationale},
        helpUri: 'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md',
        defaultConfiguration: {level: 'error'},
        properties: expect.objectContaining({family: 1})
      }),
      expect.objectContaining({id: 'unsubstantiated-proof', defaultConfiguration: {level: 'warning'}, properties: expect.objectContaining({family: 4})})
    ])
  })

  it('omits the tool version when the context has none', () => {
    expect(runOf(format([], {cwd})).tool.driver).not.toHaveProperty('version')
  })

  it('reports a finding with its rule index, level, message and 1-based region', () => {
    const run = runOf(format([lintPage('# Serum\n\nIt treats acne fast.\n')], {cwd, rulesMeta}))
    const [result] = run.results!
    expect(result).toMatchObject({
      ruleId: 'disease-claim',
      ruleIndex: 0,
      level: 'error',
      message: {text: expect.stringContaining('Unexpected disease claim `treats acne`')},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'pages/serum.md', uriBaseId: '%SRCROOT%', index: 0},
            region: {startLine: 3, startColumn: 4, endLine: 3, endColumn: 15}
          }
        }
      ],
      properties: {actual: 'treats acne', expected: ['helps skin look clearer'], note: 'Acne is a disease.'}
    })
    expect(run.artifacts).toEqual([{location: {uri: 'pages/serum.md', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget']}])
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/$/)
  })

  it('maps a warning to level warning and a rule without metadata to a bare descriptor', () => {
    const page = lintPage('Treats acne.')
    page.messages = [{...page.messages[0]!, ruleId: 'third-party-rule', severity: 1, url: 'https://example.com/rule'}]
    const run = runOf(format([page], {cwd, rulesMeta}))
    expect(run.results![0]).toMatchObject({ruleId: 'third-party-rule', ruleIndex: 2, level: 'warning'})
    expect(run.tool.driver.rules![2]).toEqual({id: 'third-party-rule', name: 'third-party-rule', helpUri: 'https://example.com/rule'})
  })

  it('percent-encodes path segments and uses an absolute file URI for files outside the cwd', () => {
    const run = runOf(
      format([lintPage('Treats acne.', path.join(cwd, 'my pages', 'a#1.md')), lintPage('Treats acne.', path.join(cwd, '..notes.md')), lintPage('Treats acne.', path.resolve(cwd, '..', 'x.md'))], {cwd})
    )
    expect(run.artifacts!.map((a) => a.location)).toEqual([
      {uri: 'my%20pages/a%231.md', uriBaseId: '%SRCROOT%'},
      {uri: '..notes.md', uriBaseId: '%SRCROOT%'},
      {uri: pathToFileURL(path.resolve(cwd, '..', 'x.md')).href}
    ])
  })

  it('turns a fix into a replacement that rewrites the file as applyFixes does', () => {
    const text = '# Serum\n\nTreats acne overnight.\n'
    const page = lintPage(text)
    const result = runOf(format([page], {cwd})).results![0]!
    const change = result.fixes![0]!.artifactChanges[0]!
    const replacement = change.replacements![0]!
    expect(change.artifactLocation).toMatchObject({uri: 'pages/serum.md', uriBaseId: '%SRCROOT%'})
    const {charOffset, charLength} = replacement.deletedRegion as {charOffset: number; charLength: number}
    const rewritten = text.slice(0, charOffset) + replacement.insertedContent!.text + text.slice(charOffset + charLength)
    expect(rewritten).toBe('# Serum\n\nHelps skin look clearer overnight.\n')
    expect(rewritten).toBe(applyFixes(text, [page.messages[0]!.fix!]).output)
  })

  it('keeps fingerprints equal when a line is inserted above the claim', () => {
    const before = runOf(format([lintPage('# Serum\n\nTreats acne. Also treats acne.\n')], {cwd})).results!
    const after = runOf(format([lintPage('# Serum\n\nNew intro line.\n\nTreats acne. Also treats acne.\n')], {cwd})).results!
    expect(after.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual([5, 5])
    expect(before.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual([3, 3])
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints))
  })

  it('gives repeated claims in a file distinct fingerprints but ignores case and spacing', () => {
    const [first, second] = runOf(format([lintPage('Treats acne. Also treats acne.')], {cwd})).results!
    expect(first!.partialFingerprints![fingerprintKey]).toMatch(/^[0-9a-f]{64}$/)
    expect(first!.partialFingerprints).not.toEqual(second!.partialFingerprints)
    const recased = runOf(format([lintPage('TREATS\n  ACNE. Also treats acne.')], {cwd})).results!
    expect(recased.map((r) => r.partialFingerprints)).toEqual([first!.partialFingerprints, second!.partialFingerprints])
    expect(normalizeClaim('ＴＲＥＡＴＳ \n Acne ')).toBe('treats acne')
  })

  it('emits silenced findings with an in-source suppression and its justification', () => {
    const page = lintPage('Nothing here.')
    page.suppressedMessages = [
      {...lintPage('Treats acne.').messages[0]!, suppressions: [{kind: 'directive', justification: 'Legal approved'}]}
    ]
    const [result] = runOf(format([page], {cwd})).results!
    expect(result!.suppressions).toEqual([{kind: 'inSource', justification: 'Legal approved'}])
  })

  it('passes on suppressions a message already carries, with or without a justification', () => {
    const page = lintPage('Treats acne. Also treats acne.')
    const suppressions = [{kind: 'inSource', justification: 'Quoted from a regulator'}, {kind: 'inSource'}]
    page.messages[0] = {...page.messages[0]!, suppressions: [suppressions[0]] as never}
    page.messages[1] = {...page.messages[1]!, suppressions: [suppressions[1]] as never}
    const results = runOf(format([page], {cwd})).results!
    expect(results.map((r) => r.suppressions)).toEqual([[suppressions[0]], [suppressions[1]]])
  })

  it('reports an unreadable file as a tool execution notification, not a result', () => {
    const run = runOf(format([failureResult(path.join(cwd, 'locked.md'), 'Cannot read file: EACCES')], {cwd}))
    expect(run.results).toEqual([])
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: 'Cannot read file: EACCES'},
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {uri: 'locked.md', uriBaseId: '%SRCROOT%', index: 0},
                  region: {startLine: 1, startColumn: 1}
                }
              }
            ]
          }
        ]
      }
    ])
  })

  it('names the rule of a crashed rule’s notification', () => {
    const page = failureResult(path.join(cwd, 'a.md'), 'Cannot run rule `disease-claim`: boom')
    page.messages[0]!.ruleId = 'disease-claim'
    const run = runOf(format([page], {cwd, rulesMeta}))
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.associatedRule).toEqual({id: 'disease-claim', index: 0})
  })

  it('ends with a newline, keeps the given result order and is the default export', () => {
    const results = [lintPage('Treats acne.', path.join(cwd, 'b.md')), lintPage('Treats acne.', path.join(cwd, 'a.md'))]
    const output = formatDefault(results, {cwd})
    expect(output.endsWith('}\n')).toBe(true)
    expect(runOf(output).artifacts!.map((a) => a.location!.uri)).toEqual(['b.md', 'a.md'])
    expect(parse(output)).toMatchObject({version: '2.1.0', $schema: expect.stringContaining('sarif-2.1.0')})
  })
})
