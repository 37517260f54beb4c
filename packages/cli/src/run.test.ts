import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {run} from './run.js'

// A rule set with one warning-level rule and one error-level rule, so the
// warning arithmetic is tested whatever severities the real rules have.
vi.mock('@claimlint/rules', async () => {
  const {defineRule} = await import('@claimlint/core')
  const rule = (id: string, severity: 'warn' | 'error', phrase: string) =>
    defineRule({
      meta: {
        id,
        description: `Test rule ${id}`,
        family: 0,
        kind: `${id} claim`,
        rationale: 'For tests.',
        basis: {},
        references: [],
        severity,
        fixable: false,
        remedy: 'rephrase it'
      },
      lexicon: {entries: [{phrases: [phrase], note: `A test note for ${id}.`}]}
    })
  const rules = [rule('proof', 'warn', 'clinically proven'), rule('cure', 'error', 'cures acne')]
  return {rules, presets: {recommended: {proof: 'warn', cure: 'error'}}, jurisdictionPresets: {us: {jurisdictions: ['us']}}}
})

const folder = mkdtempSync(join(tmpdir(), 'claimlint-run-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
writeFileSync(join(folder, 'proven.md'), 'Clinically proven. Also clinically proven.\n')
writeFileSync(join(folder, 'acne.md'), 'It cures acne and is clinically proven.\n')

function output(isTTY = false) {
  const chunks: string[] = []
  return {chunks, text: () => chunks.join(''), isTTY, write: (chunk: string) => chunks.push(chunk)}
}

async function runWith(argv: string[], options: {isTTY?: boolean; env?: Record<string, string>; stdin?: string[]} = {}) {
  const stdout = output(options.isTTY)
  const stderr = output()
  const code = await run({argv, cwd: folder, stdout, stderr, env: options.env ?? {}, ...(options.stdin ? {stdin: options.stdin} : {})})
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

describe('run', () => {
  it('exits 0 on warnings alone when there is no --max-warnings', async () => {
    const {code, stdout} = await runWith(['proven.md'])
    expect(code).toBe(0)
    expect(stdout).toContain('⚠ 2 warnings')
  })

  it('exits 0 when warnings are within --max-warnings and 1 when there are more', async () => {
    expect((await runWith(['proven.md', '--max-warnings', '2'])).code).toBe(0)
    const over = await runWith(['proven.md', '--max-warnings', '1'])
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('claimlint: too many warnings (2, maximum 1)\n')
  })

  it('counts warnings against --max-warnings even with --quiet, as ESLint does', async () => {
    const {code, stdout, stderr} = await runWith(['proven.md', '--quiet', '--max-warnings', '0'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('too many warnings (2, maximum 0)')
  })

  it('drops warnings and warning-only files from the report with --quiet', async () => {
    const {code, stdout} = await runWith(['proven.md', 'acne.md', '--quiet', '--format', 'json'])
    expect(code).toBe(1)
    const results = JSON.parse(stdout) as Array<{filePath: string; messages: Array<{ruleId: string}>; warningCount: number}>
    expect(results.map((result) => result.filePath)).toEqual([join(folder, 'acne.md')])
    expect(results[0]!.messages.map((message) => message.ruleId)).toEqual(['cure'])
    expect(results[0]!.warningCount).toBe(0)
  })

  it('colours output on a terminal unless NO_COLOR is set or --no-color is given', async () => {
    expect((await runWith(['acne.md'], {isTTY: true})).stdout).toContain('\u001B[')
    expect((await runWith(['acne.md'], {isTTY: true, env: {NO_COLOR: '1'}})).stdout).not.toContain('\u001B[')
    expect((await runWith(['acne.md', '--no-color'], {isTTY: true})).stdout).not.toContain('\u001B[')
    expect((await runWith(['acne.md'])).stdout).not.toContain('\u001B[')
    expect((await runWith(['acne.md', '--color'])).stdout).toContain('\u001B[')
  })

  it('reads injected standard input under its --stdin-filename', async () => {
    const {code, stdout} = await runWith(['--stdin', '--stdin-filename', 'copy.md'], {stdin: ['It cures ', 'acne.\n']})
    expect(code).toBe(1)
    expect(stdout).toMatch(/^copy\.md\n1:4-1:14 +error +Unexpected cure claim `cures acne`/)
  })

  it('reports a crash of a formatter in one line and exits 2', async () => {
    writeFileSync(join(folder, 'throws.mjs'), 'export default () => { throw new Error("boom") }\n')
    const {code, stderr} = await runWith(['acne.md', '--format', './throws.mjs'])
    expect(code).toBe(2)
    expect(stderr).toBe('claimlint: boom\n')
  })
})
