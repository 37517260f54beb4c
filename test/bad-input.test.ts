/**
 * The bad-input matrix (issue 7), through the built CLI in a child process.
 * Each input either lints normally, with positions as an editor shows them,
 * or gets one line naming the file and the problem, exit 2, while the other
 * files are still linted; no stack trace without --debug.
 *
 * Linted: a UTF-8 byte order mark (dropped, put back on --fix), UTF-16 with a
 * byte order mark (decoded, written back as UTF-16), CRLF and lone CR line
 * endings (kept), invalid UTF-8 (each bad byte is one U+FFFD column; never
 * fixed), empty and blank files, huge files and lines, 10,000-deep nesting
 * (as plain text past 100 levels). Skipped with one line and exit 2: binary
 * files (a NUL byte anywhere), unreadable paths and folders, symbolic link
 * loops, files gone before they are read.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, readFileSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {randomBytes} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {claimlint, json, project, root} from './harness.js'

const claim = 'It cures acne.\n'
const good = 'Soft, comfortable skin.\n'
const fixable = 'Reduces fine lines.\n'
const fixed = 'Reduces the appearance of fine lines.\n'
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')

/** `[line, column, endLine, endColumn]` of every disease-claim finding. */
function places(stdout: string): number[][] {
  return json(stdout).flatMap((result) =>
    result.messages.filter((m) => m.ruleId === 'disease-claim').map((m) => [m.line, m.column, m.endLine!, m.endColumn!])
  )
}

/** The one-line failure and the lint of the other file, as every skipped input must give. */
function expectSkipped(run: ReturnType<typeof claimlint>, line: string): void {
  expect(run.stderr).toBe(`claimlint: ${line}\n`)
  expect(run.code).toBe(2)
  // The other file named with it (claim.md) is still linted and reported.
  expect(json(run.stdout).map((result) => result.filePath.split('/').at(-1))).toContain('claim.md')
}

describe('inputs that are skipped with one line and exit 2', () => {
  it.each([
    ['an image', png],
    ['random bytes', Buffer.concat([randomBytes(4096), Buffer.from([0])])],
    ['text with a NUL byte', Buffer.from('It cures\u0000 acne.\n')]
  ])('skips %s as binary', (_, bytes) => {
    const cwd = project({'odd.md': bytes, 'claim.md': claim})
    expectSkipped(claimlint(cwd, ['odd.md', 'claim.md', '-f', 'json']), 'cannot read odd.md: binary file (contains NUL bytes)')
  })

  it('reports a missing path', () => {
    const cwd = project({'claim.md': claim})
    expectSkipped(claimlint(cwd, ['missing.md', 'claim.md', '-f', 'json']), 'cannot read missing.md: no such file')
  })

  it('reports a symbolic link loop', () => {
    const cwd = project({'claim.md': claim})
    symlinkSync('loop-b.md', join(cwd, 'loop-a.md'))
    symlinkSync('loop-a.md', join(cwd, 'loop-b.md'))
    expectSkipped(claimlint(cwd, ['loop-a.md', 'claim.md', '-f', 'json']), 'cannot read loop-a.md: symbolic link loop')
  })

  it('reports a file deleted between discovery and reading (a link whose target is gone)', () => {
    const cwd = project({'claim.md': claim})
    symlinkSync('deleted.md', join(cwd, 'page.md'))
    expectSkipped(claimlint(cwd, ['page.md', 'claim.md', '-f', 'json']), 'cannot read page.md: no such file')
  })

  it('lints each page once when a folder links to itself', () => {
    const cwd = project({'pages/claim.md': claim})
    symlinkSync('..', join(cwd, 'pages/self'))
    const run = claimlint(cwd, ['pages', '-f', 'json'])
    expect(json(run.stdout).map((result) => result.filePath)).toEqual([join(cwd, 'pages/claim.md')])
    expect(run.code).toBe(1)
  })

  it('reports a folder without read permission and lints the rest (run as the `nobody` user)', () => {
    const cwd = project({'locked/page.md': claim, 'claim.md': claim})
    chmodSync(cwd, 0o755)
    chmodSync(join(cwd, 'locked'), 0o700)
    const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0
    const run = asNobody
      ? (() => {
          const child = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, join(root, 'packages/cli/bin/claimlint.js'), 'locked', 'claim.md', '-f', 'json'], {cwd, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}})
          return {code: child.status, stdout: child.stdout, stderr: child.stderr}
        })()
      : (chmodSync(join(cwd, 'locked'), 0o000), claimlint(cwd, ['locked', 'claim.md', '-f', 'json']))
    expectSkipped(run, 'cannot read locked: permission denied')
  })
})

describe('inputs that are linted, positions as an editor shows them', () => {
  it('drops a UTF-8 byte order mark from columns and keeps it on --fix', () => {
    const cwd = project({'bom.md': `\uFEFF${claim}`, 'fix.md': `\uFEFF${fixable}`})
    expect(places(claimlint(cwd, ['bom.md', '-f', 'json']).stdout)).toEqual([[1, 4, 1, 14]])
    claimlint(cwd, ['fix.md', '--fix'])
    expect(readFileSync(join(cwd, 'fix.md'))).toEqual(Buffer.from(`\uFEFF${fixed}`))
  })

  it.each([
    ['little-endian', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
    ['big-endian', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()]
  ])('decodes UTF-16 %s with a byte order mark and writes fixes back in it', (_, encode) => {
    const cwd = project({'page.md': encode(`# Serum\n\n${claim}`), 'fix.md': encode(fixable)})
    const run = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(run.stderr).toBe('')
    expect(places(run.stdout)).toEqual([[3, 4, 3, 14]])
    claimlint(cwd, ['fix.md', '--fix'])
    expect(readFileSync(join(cwd, 'fix.md'))).toEqual(encode(fixed))
  })

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r']
  ])('counts %s as one line break and keeps it on --fix', (_, eol) => {
    const text = `# Serum${eol}${eol}Soft.${eol}${claim.trim()}${eol}`
    const cwd = project({'page.md': text, 'fix.md': `# Serum${eol}${eol}${fixable.trim()}${eol}`})
    expect(places(claimlint(cwd, ['page.md', '-f', 'json']).stdout)).toEqual([[4, 4, 4, 14]])
    claimlint(cwd, ['fix.md', '--fix'])
    expect(readFileSync(join(cwd, 'fix.md'), 'utf8')).toBe(`# Serum${eol}${eol}${fixed.trim()}${eol}`)
  })

  it('lints invalid UTF-8 (a bad byte is one column) but never fixes it', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(` ${claim}`)])
    const fixBytes = Buffer.concat([Buffer.from([0xe9]), Buffer.from(` ${fixable}`)])
    const cwd = project({'latin1.md': bytes, 'fix.md': fixBytes, 'claim.md': claim})
    expect(places(claimlint(cwd, ['latin1.md', '-f', 'json']).stdout)).toEqual([[1, 10, 1, 20]])
    const run = claimlint(cwd, ['fix.md', 'claim.md', '--fix', '-f', 'json'])
    expectSkipped(run, 'cannot write fix.md: not valid UTF-8, fixing it would replace its invalid bytes')
    expect(readFileSync(join(cwd, 'fix.md'))).toEqual(fixBytes)
  })

  it.each([
    ['an empty file', ''],
    ['a whitespace-only file', ' \n\t\r\n  \n']
  ])('lints %s with no findings', (_, text) => {
    const cwd = project({'page.md': text})
    const run = claimlint(cwd, ['page.md', '-f', 'json'])
    expect({code: run.code, stderr: run.stderr, messages: json(run.stdout)[0]!.messages}).toEqual({code: 0, stderr: '', messages: []})
  })

  it('lints a 20 MB file to its last line', {timeout: 120_000}, () => {
    const filler = '    indented code, not copy\n'
    const lines = Math.ceil(20e6 / filler.length)
    const cwd = project({'big.md': `${good}\n${filler.repeat(lines)}\n${claim}`})
    const run = claimlint(cwd, ['big.md', '-f', 'json'])
    expect(run.stderr).toBe('')
    expect(places(run.stdout)).toEqual([[lines + 4, 4, lines + 4, 14]])
  })

  it('lints a 1 MB single line to its last column', {timeout: 60_000}, () => {
    const unit = 'Gentle daily cleanser for soft skin. '
    const count = Math.ceil(2 ** 20 / unit.length)
    const cwd = project({'line.md': `${unit.repeat(count)}${claim}`})
    const run = claimlint(cwd, ['line.md', '-f', 'json'])
    expect(run.stderr).toBe('')
    expect(places(run.stdout)).toEqual([[1, unit.length * count + 4, 1, unit.length * count + 14]])
  })

  it.each([
    ['lists', '- '.repeat(10_000)],
    ['block quotes', '> '.repeat(10_000)],
    ['ordered lists', '1. '.repeat(10_000)]
  ])('lints 10,000-deep nested %s without overflowing the stack', {timeout: 60_000}, (_, prefix) => {
    const cwd = project({'deep.md': `${prefix}${claim}`, 'claim.md': claim})
    const run = claimlint(cwd, ['deep.md', 'claim.md', '-f', 'json'])
    expect(run.stderr).toBe('')
    expect(places(run.stdout)).toEqual([
      [1, prefix.length + 4, 1, prefix.length + 14],
      [1, 4, 1, 14]
    ])
  })
})

describe('bad configuration and options: one line, exit 2, no stack trace', () => {
  it.each([
    ['malformed JSON', '.claimlintrc.json', '{"rules": {', /^claimlint: Malformed JSON in \.claimlintrc\.json: /],
    ['malformed YAML', '.claimlintrc.yaml', 'rules:\n  foo: [\n', /^claimlint: Malformed YAML in \.claimlintrc\.yaml: /],
    ['an unknown rule', '.claimlintrc.yaml', 'rules:\n  no-such-rule: error\n', /^claimlint: Unknown rule `no-such-rule` in \.claimlintrc\.yaml$/],
    ['a bad option type', '.claimlintrc.yaml', 'rules:\n  disease-claim: [error, 5]\n', /^claimlint: Unexpected options for rule `disease-claim` in \.claimlintrc\.yaml, expected/],
    ['a YAML tag that would run code', '.claimlintrc.yaml', 'rules: !!js/function "function () {}"\n', /^claimlint: Malformed YAML in \.claimlintrc\.yaml: Unresolved tag/]
  ])('rejects %s', (_, name, text, line) => {
    const cwd = project({[name]: text, 'claim.md': claim})
    const run = claimlint(cwd, ['claim.md'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')).toHaveLength(2)
    expect(run.stderr.trimEnd()).toMatch(line)
  })

  it('rejects an unknown formatter', () => {
    const cwd = project({'claim.md': claim})
    const run = claimlint(cwd, ['claim.md', '-f', 'no-such-formatter'])
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: cannot find formatter `no-such-formatter`, expected stylish, json, a package `claimlint-formatter-no-such-formatter` or a path\n'
    })
  })

  it('creates a missing --output-file folder, and reports one line when a file is in the way', () => {
    const cwd = project({'claim.md': claim})
    expect(claimlint(cwd, ['claim.md', '-o', 'missing/folder/report.txt']).code).toBe(1)
    expect(readFileSync(join(cwd, 'missing/folder/report.txt'), 'utf8')).toMatch(/^claim\.md\n/)
    const blocked = claimlint(cwd, ['claim.md', '-o', 'claim.md/report.txt'])
    expect(blocked.code).toBe(2)
    expect(blocked.stderr).toMatch(/^claimlint: cannot write claim\.md\/report\.txt: [^\n]+\n$/)
  })

  it('shows a stack trace only with --debug', () => {
    const cwd = project({'odd.md': png, 'claim.md': claim})
    expect(claimlint(cwd, ['odd.md', 'claim.md']).stderr).not.toMatch(/\n +at /)
    expect(claimlint(cwd, ['odd.md', 'claim.md', '--debug']).stderr).toMatch(/\n +at /)
  })
})
