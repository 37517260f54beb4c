/**
 * End-to-end tests of configuration: discovery per file (nearest wins),
 * every file format, `--config`, `--no-config`, presets, shareable configs,
 * vocabulary, validation errors, `--print-config` and `--init`.
 */
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, findings, json, project} from './harness.js'

const cure = 'It cures acne.\n'
const miracle = 'A miracle cream.\n'
const offDisease = JSON.stringify({rules: {'disease-claim': 'off'}})

function ruleIds(stdout: string): Array<string | null> {
  return findings(stdout).map(([ruleId]) => ruleId)
}

describe('configuration discovery', () => {
  it('uses the nearest configuration of each file, so folders may differ', () => {
    const cwd = project({
      '.claimlintrc.json': JSON.stringify({rules: {'miracle-claim': 'off'}}),
      'page.md': cure + miracle,
      'eu/.claimlintrc.json': offDisease,
      'eu/page.md': cure + miracle,
      'eu/deep/page.md': cure + miracle
    })
    const {code, stdout} = claimlint(cwd, ['page.md', 'eu/page.md', 'eu/deep/page.md', '-f', 'json'])
    expect(code).toBe(1)
    const byFile = json(stdout).map((result) => [result.filePath.slice(cwd.length + 1), result.messages.map((m) => m.ruleId)])
    // Nearest wins: eu/ does not inherit the root's `miracle-claim: off`.
    expect(byFile).toEqual([
      ['page.md', ['disease-claim']],
      ['eu/page.md', ['miracle-claim']],
      ['eu/deep/page.md', ['miracle-claim']]
    ])
  })

  it.each([
    ['.claimlintrc', offDisease],
    ['.claimlintrc', 'rules:\n  disease-claim: "off"\n'],
    ['.claimlintrc.json', offDisease],
    ['.claimlintrc.yaml', 'rules:\n  disease-claim: "off"\n'],
    ['.claimlintrc.yml', 'rules: {disease-claim: 0}\n'],
    ['.claimlintrc.js', `module.exports = ${offDisease}\n`],
    ['.claimlintrc.mjs', `export default ${offDisease}\n`],
    ['package.json', JSON.stringify({name: 'shop', claimlint: {rules: {'disease-claim': 'off'}}})]
  ])('reads %s (%j)', (name, content) => {
    const cwd = project({[name]: content, 'page.md': cure + miracle})
    const {code, stdout, stderr} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(ruleIds(stdout)).toEqual(['miracle-claim'])
  })

  it('skips a package.json without a `claimlint` field and keeps searching upwards', () => {
    const cwd = project({'.claimlintrc.json': offDisease, 'shop/package.json': '{"name": "shop"}', 'shop/page.md': cure})
    expect(claimlint(cwd, ['shop/page.md'])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('uses only the file named by --config, wherever the pages are', () => {
    const cwd = project({'team.yaml': 'rules: {miracle-claim: "off"}\n', 'eu/.claimlintrc.json': offDisease, 'eu/page.md': cure + miracle})
    const {stdout} = claimlint(cwd, ['eu/page.md', '--config', 'team.yaml', '-f', 'json'])
    expect(ruleIds(stdout)).toEqual(['disease-claim'])
  })

  it('ignores every configuration file with --no-config', () => {
    const cwd = project({'.claimlintrc.json': offDisease, 'page.md': cure})
    expect(ruleIds(claimlint(cwd, ['page.md', '--no-config', '-f', 'json']).stdout)).toEqual(['disease-claim'])
  })

  it('refuses to run a JavaScript config outside the project unless it is named with --config', () => {
    const outer = project({'.claimlintrc.js': `module.exports = ${offDisease}\n`, 'shop/.git/HEAD': 'ref: refs/heads/main\n', 'shop/page.md': cure})
    const cwd = join(outer, 'shop')
    const refused = claimlint(cwd, ['page.md'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      `claimlint: Refusing to run ${join(outer, '.claimlintrc.js')}: a JavaScript config outside the project runs only when named with --config\n`
    )
    expect(claimlint(cwd, ['page.md', '--config', '../.claimlintrc.js'])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('runs no code from a YAML config', () => {
    const cwd = project({'.claimlintrc.yaml': 'rules: !!js/function "function () { process.exit(9) }"\n', 'page.md': cure})
    const {code, stderr} = claimlint(cwd, ['page.md'])
    expect(code).toBe(2)
    expect(stderr).toBe('claimlint: Malformed YAML in .claimlintrc.yaml: Unresolved tag: tag:yaml.org,2002:js/function at line 1, column 8\n')
  })
})

describe('presets and shareable configurations', () => {
  it('raises every rule to error with `strict`', () => {
    const cwd = project({'.claimlintrc.json': JSON.stringify({extends: ['strict']}), 'page.md': miracle})
    const {code, stdout} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(code).toBe(1)
    expect(json(stdout)[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['miracle-claim', 2]])
  })

  it('cites the law of the markets set by jurisdiction presets and `jurisdictions`', () => {
    const cwd = project({'eu/.claimlintrc.json': JSON.stringify({extends: ['recommended', 'eu', 'uk']}), 'eu/page.md': cure, 'ca/.claimlintrc.yaml': 'jurisdictions: [ca]\n', 'ca/page.md': cure})
    const [eu, ca] = json(claimlint(cwd, ['eu/page.md', 'ca/page.md', '-f', 'json']).stdout)
    expect(eu!.messages[0]!.basis).toMatch(/^EU: .*; UK: /)
    expect(ca!.messages[0]!.basis).toMatch(/^CA: /)
    expect(json(claimlint(cwd, ['eu/page.md', '--no-config', '-f', 'json']).stdout)[0]!.messages[0]!.basis).toMatch(/^US: /)
  })

  it('extends a shareable config package installed next to the configuration, and a relative path', () => {
    const cwd = project({
      'node_modules/claimlint-config-acme/package.json': JSON.stringify({name: 'claimlint-config-acme', exports: './claimlint.json'}),
      'node_modules/claimlint-config-acme/claimlint.json': JSON.stringify({extends: ['eu'], rules: {'disease-claim': 'warn'}, allow: ['Miracle Cream']}),
      'base.yaml': 'deny:\n  - phrase: youth elixir\n',
      '.claimlintrc.json': JSON.stringify({extends: ['acme', './base.yaml']}),
      'page.md': `${cure}The Miracle Cream is our youth elixir.\n`
    })
    const {stdout} = claimlint(cwd, ['page.md', '-f', 'json'])
    const messages = json(stdout)[0]!.messages
    expect(messages.map((m) => [m.ruleId, m.severity, m.actual])).toEqual([['disease-claim', 1, 'cures acne'], ['deny', 2, 'youth elixir']])
    expect(messages[0]!.basis).toMatch(/^EU: /)
  })
})

describe('project vocabulary', () => {
  it('never flags `allow` phrases and reports `deny` phrases with their own message and severity', () => {
    const cwd = project({
      '.claimlintrc.json': JSON.stringify({allow: ['Acne Cure Daily'], deny: [{phrase: 'youth elixir', message: 'say `daily serum` instead', severity: 'warn'}]}),
      'page.md': 'Acne Cure Daily is our Youth Elixir.\n'
    })
    const {code, stdout} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(code).toBe(0)
    const [message] = json(stdout)[0]!.messages
    expect(json(stdout)[0]!.messages).toHaveLength(1)
    expect(message).toMatchObject({ruleId: 'deny', severity: 1, actual: 'Youth Elixir', message: 'Unexpected banned phrase `Youth Elixir`, say `daily serum` instead'})
  })
})

describe('configuration errors', () => {
  it.each([
    ['.claimlintrc.json', '{"rules": {"miracle": "off"}}', 'Unknown rule `miracle` in .claimlintrc.json'],
    ['.claimlintrc.json', '{"rules": {"miracle-claim": "warning"}}', 'Unexpected severity `warning` for rule `miracle-claim` in .claimlintrc.json, expected off, warn or error'],
    ['.claimlintrc.json', '{"rules": {"proof-claim": ["error", "strict"]}}', 'Unexpected options for rule `proof-claim` in .claimlintrc.json, expected an object'],
    ['.claimlintrc.json', '{"extends": ["recomended"]}', 'Unknown preset `recomended` in .claimlintrc.json, expected recommended, strict, us, eu, uk, ca or a package `claimlint-config-recomended`'],
    ['.claimlintrc.json', '{"jurisdictions": ["fr"]}', 'Unknown jurisdiction `fr` in .claimlintrc.json, expected us, eu, uk or ca'],
    ['.claimlintrc.json', '{"rule": {}}', 'Unexpected key `rule` in .claimlintrc.json, expected extends, jurisdictions, rules, allow, deny, requireSuppressionReason, plugins or register'],
    ['.claimlintrc.json', '{"deny": [{"phrase": "x", "reason": "y"}]}', 'Unexpected key `reason` in `deny[0]` in .claimlintrc.json, expected phrase, message, severity or expected'],
    ['.claimlintrc.json', '{"allow": "Acne Cure"}', 'Unexpected value for `allow` in .claimlintrc.json, expected a list of phrases'],
    ['.claimlintrc.json', '{"rules": {', "Malformed JSON in .claimlintrc.json: Expected property name or '}' in JSON at position 11 (line 1 column 12)"],
    ['.claimlintrc.yaml', 'rules:\n  a: b: c\n', 'Malformed YAML in .claimlintrc.yaml: Nested mappings are not allowed in compact mappings at line 2, column 6'],
    ['.claimlintrc.yaml', '- recommended\n', 'Unexpected configuration in .claimlintrc.yaml, expected an object'],
    ['.claimlintrc.mjs', 'throw new Error("no config today")\n', 'cannot load config .claimlintrc.mjs: no config today']
  ])('exits 2 with one line for %s containing %j', (name, content, message) => {
    const cwd = project({[name]: content, 'page.md': cure})
    expect(claimlint(cwd, ['page.md'])).toEqual({code: 2, stdout: '', stderr: `claimlint: ${message}\n`})
  })

  it('exits 2 with one line for an unreadable configuration file', () => {
    const cwd = project({'page.md': cure})
    mkdirSync(join(cwd, '.claimlintrc.json'))
    expect(claimlint(cwd, ['page.md'])).toEqual({code: 2, stdout: '', stderr: 'claimlint: cannot read config .claimlintrc.json: is a directory\n'})
    expect(claimlint(cwd, ['page.md', '--config', 'missing.yaml']).stderr).toBe('claimlint: cannot read config missing.yaml: no such file\n')
  })

  it('names the shareable config at fault, not the file that extends it', () => {
    const cwd = project({'base.json': '{"rules": {"nope": "error"}}', '.claimlintrc.json': '{"extends": ["./base.json"]}', 'page.md': cure})
    expect(claimlint(cwd, ['page.md']).stderr).toBe('claimlint: Unknown rule `nope` in base.json\n')
  })

  it('reports a broken configuration before writing any fix', () => {
    const cwd = project({'a/page.md': 'Smooths wrinkles.\n', 'b/.claimlintrc.json': '{"rules": {"nope": "off"}}', 'b/page.md': cure})
    expect(claimlint(cwd, ['a/page.md', 'b/page.md', '--fix']).code).toBe(2)
    expect(readFileSync(join(cwd, 'a/page.md'), 'utf8')).toBe('Smooths wrinkles.\n')
  })
})

describe('--print-config and --init', () => {
  it('prints the resolved configuration of a file as JSON', () => {
    const cwd = project({'.claimlintrc.yaml': 'extends: [eu]\nrules:\n  miracle-claim: [error, {window: 3}]\n  proof-claim: 0\nallow: [Acne Cure]\n'})
    const {code, stdout} = claimlint(cwd, ['--print-config', 'page.md'])
    expect(code).toBe(0)
    const config = JSON.parse(stdout) as Record<string, unknown> & {rules: Record<string, unknown>}
    expect(config).toMatchObject({configFile: join(cwd, '.claimlintrc.yaml'), jurisdictions: ['eu'], allow: ['Acne Cure'], deny: [], requireSuppressionReason: false, plugins: []})
    expect(config.rules).toMatchObject({'miracle-claim': ['error', {window: 3}], 'proof-claim': 'off', 'disease-claim': 'error'})
  })

  it('writes a commented starter configuration that claimlint reads, and refuses to overwrite one', () => {
    const cwd = project({})
    expect(claimlint(cwd, ['--init'])).toEqual({code: 0, stdout: 'Wrote .claimlintrc.yaml\n', stderr: ''})
    const written = readFileSync(join(cwd, '.claimlintrc.yaml'), 'utf8')
    expect(written).toMatch(/^# claimlint configuration/)
    expect(JSON.parse(claimlint(cwd, ['--print-config', 'page.md']).stdout)).toMatchObject({jurisdictions: ['us'], configFile: join(cwd, '.claimlintrc.yaml')})
    expect(claimlint(cwd, ['--init'])).toEqual({code: 2, stdout: '', stderr: 'claimlint: Unexpected --init: a configuration already exists in .claimlintrc.yaml\n'})
    expect(readFileSync(join(cwd, '.claimlintrc.yaml'), 'utf8')).toBe(written)
  })
})

describe('inline control options', () => {
  it('reports a bare suppression when the configuration sets requireSuppressionReason', () => {
    const page = '<!--claimlint ignore disease-claim-->\nIt cures acne.\n'
    const cwd = project({'.claimlintrc.json': '{"requireSuppressionReason": true}', 'page.md': page})
    const {code, stdout} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(code).toBe(1)
    expect(json(stdout)[0]!.messages.map((m) => m.message)).toEqual(['Unexpected suppression without a reason, add ` -- <reason>` to the comment'])
    expect(claimlint(cwd, ['page.md', '--no-config']).code).toBe(0)
  })

  it('reports comments that silence nothing with --report-unused-disable-directives', () => {
    const cwd = project({'page.md': '<!--claimlint disable proof-claim -- legal sign-off-->\nSoft, smooth skin.\n'})
    expect(claimlint(cwd, ['page.md']).stdout).toBe('')
    const {code, stdout} = claimlint(cwd, ['page.md', '--report-unused-disable-directives', '-f', 'json'])
    expect(code).toBe(0)
    expect(json(stdout)[0]!.messages.map((m) => [m.severity, m.message])).toEqual([[1, 'Unused claimlint comment, it silences no finding']])
  })

  it('lists suppressed findings with their justification in JSON output', () => {
    const cwd = project({'page.md': '<!--claimlint ignore disease-claim -- approved by Legal, REG-123-->\nIt cures acne.\n'})
    const [result] = json(claimlint(cwd, ['page.md', '-f', 'json']).stdout)
    expect(result!.messages).toEqual([])
    expect(result!.suppressedMessages).toMatchObject([{ruleId: 'disease-claim', actual: 'cures acne', suppressions: [{kind: 'directive', justification: 'approved by Legal, REG-123'}]}])
  })
})
