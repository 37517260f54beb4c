/** End-to-end tests of third-party rules loaded from a plugin package named in the configuration. */
import {mkdirSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, json, project, root} from './harness.js'

const example = join(root, 'fixtures/plugins/claimlint-plugin-example')
const copy = 'A non-toxic serum that cures acne.\n'

/** A project with the example plugin installed and the given configuration. */
function withPlugin(config: unknown): string {
  const cwd = project({'.claimlintrc.json': JSON.stringify(config), 'page.md': copy})
  mkdirSync(join(cwd, 'node_modules'))
  symlinkSync(example, join(cwd, 'node_modules/claimlint-plugin-example'), 'dir')
  return cwd
}

describe('plugins', () => {
  it('runs a plugin rule configured like a built-in, linking its own docs', () => {
    const cwd = withPlugin({plugins: ['claimlint-plugin-example'], rules: {'non-toxic-claim': 'error'}})
    const {code, stdout, stderr} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const message = json(stdout)[0]!.messages.find((m) => m.ruleId === 'non-toxic-claim')
    expect(message).toMatchObject({
      severity: 2,
      actual: 'non-toxic',
      url: 'https://example.com/claimlint-plugin-example/non-toxic-claim',
      expected: ['fragrance-free', 'made without parabens']
    })
  })

  it('accepts the short name and leaves plugin rules off until configured', () => {
    const cwd = withPlugin({plugins: ['example']})
    expect(json(claimlint(cwd, ['page.md', '-f', 'json']).stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['disease-claim'])
    expect(JSON.parse(claimlint(cwd, ['--print-config', 'page.md']).stdout)).toMatchObject({plugins: ['example']})
  })

  it('lets inline comments silence a plugin rule by its id', () => {
    const cwd = withPlugin({plugins: ['example'], rules: {'non-toxic-claim': 'warn'}})
    const {stdout} = claimlint(cwd, ['--stdin', '--stdin-filename', 'page.md', '-f', 'json'], {input: `<!--claimlint ignore non-toxic-claim -- approved-->\n${copy}`})
    expect(json(stdout)[0]!.suppressedMessages.map((m) => m.ruleId)).toEqual(['non-toxic-claim'])
  })

  it('exits 2 in one line for a plugin that is not installed, and for a rule of a plugin not loaded', () => {
    const cwd = project({'.claimlintrc.json': '{"plugins": ["glow"]}', 'page.md': copy})
    expect(claimlint(cwd, ['page.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: cannot find plugin `glow` in .claimlintrc.json, expected a package `claimlint-plugin-glow` installed next to it\n'
    })
    const unknown = withPlugin({rules: {'non-toxic-claim': 'warn'}})
    expect(claimlint(unknown, ['page.md']).stderr).toBe('claimlint: Unknown rule `non-toxic-claim` in .claimlintrc.json\n')
  })

  it('exits 2 in one line for a plugin whose rule lacks its metadata', () => {
    const cwd = project({
      '.claimlintrc.json': '{"plugins": ["./broken.mjs"]}',
      'broken.mjs': 'export const rules = [{meta: {id: "broken-claim"}, lexicon: {entries: []}}]\n',
      'page.md': copy
    })
    expect(claimlint(cwd, ['page.md']).stderr).toBe('claimlint: Unexpected rule 0 of plugin `./broken.mjs` in .claimlintrc.json: expected `meta.description` (text) on `broken-claim`\n')
  })
})
