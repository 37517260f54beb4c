/**
 * End-to-end tests of the built `claimlint` binary in a child process:
 * exit codes, standard output and error, and files, in temporary folders.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
// The root package depends on no workspace package, so reach the sources by path.
import type {LintResult} from '../packages/core/src/index.js'
import {rules} from '../rules/index.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'packages/cli/bin/claimlint.js')
const good = 'Reduces the appearance of fine lines and leaves skin feeling soft.\n'
const bad = 'Our serum treats rosacea and regenerates damaged tissue overnight.\n'
// An expired suppression brings its finding back (an error) and adds a warning.
const expired = '<!--claimlint ignore disease-claim -- approved by Legal, expires 2000-01-01-->\nOur serum treats rosacea.\n'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

beforeAll(() => {
  if (!existsSync(join(root, 'packages/cli/dist/cli.js'))) throw new Error('Build first: these tests run the compiled CLI (`pnpm test` runs `tsc -b`)')
})

/** A temporary folder holding the given files (paths relative to it). */
function project(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-e2e-'))
  folders.push(folder)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), {recursive: true})
    writeFileSync(join(folder, path), content)
  }
  return folder
}

function claimlint(cwd: string, args: string[], options: SpawnSyncOptions = {}) {
  const env = {...process.env}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  const child = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env, ...options})
  return {code: child.status, stdout: String(child.stdout), stderr: String(child.stderr)}
}

function json(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[]
}

/** The text between two 1-based positions. */
function sourceAt(text: string, message: {line: number; column: number; endLine?: number; endColumn?: number}): string {
  const lines = text.split('\n')
  const offset = (line: number, column: number) => lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + column - 1
  return text.slice(offset(message.line, message.column), offset(message.endLine!, message.endColumn!))
}

describe('claimlint', () => {
  it('exits 0 with no output on cosmetic copy', () => {
    const cwd = project({'good.md': good})
    expect(claimlint(cwd, ['good.md'])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('exits 1 and reports the disease claim at its line and column', () => {
    const cwd = project({'serum.md': bad})
    const {code, stdout, stderr} = claimlint(cwd, ['serum.md'])
    expect(code).toBe(1)
    expect(stderr).toBe('')
    expect(stdout.startsWith('serum.md\n')).toBe(true)
    expect(stdout).toMatch(/^1:11-1:25 +error +Unexpected disease claim `treats rosacea`.* +disease-claim +claimlint$/m)
    expect(stdout).toMatch(/\n\n.*✖ \d+ errors?.*\n$/)
  })

  it('reports every built-in rule that applies to the serum sentence, each at the text it names', () => {
    const cwd = project({'serum.md': bad})
    const {code, stdout} = claimlint(cwd, ['serum.md', '--format', 'json'])
    expect(code).toBe(1)
    const messages = json(stdout)[0]!.messages
    expect(messages.find((m) => m.ruleId === 'disease-claim')).toMatchObject({line: 1, column: 11, endLine: 1, endColumn: 25, severity: 2, actual: 'treats rosacea'})
    for (const message of messages) expect(sourceAt(bad, message)).toBe(message.actual)
    // Rules still being written join the expectation as they land.
    const ids = new Set(rules.map((rule) => rule.meta.id))
    const expected = ['disease-claim', 'structure-function-claim', 'miracle-claim'].filter((id) => ids.has(id))
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(expected))
  })

  it('prints valid JSON in the shape of ESLint’s json formatter with --format json', () => {
    const cwd = project({'serum.md': bad, 'good.md': good})
    const {code, stdout} = claimlint(cwd, ['serum.md', 'good.md', '--format', 'json'])
    expect(code).toBe(1)
    const results = json(stdout)
    expect(results.map((result) => result.filePath)).toEqual([join(cwd, 'serum.md'), join(cwd, 'good.md')])
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(
        ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'suppressedMessages', 'warningCount']
      )
    }
    const [serum, clean] = results as [LintResult, LintResult]
    expect(clean).toMatchObject({messages: [], errorCount: 0, warningCount: 0})
    expect(serum.errorCount).toBe(serum.messages.filter((m) => m.severity === 2).length)
    const disease = serum.messages.find((m) => m.ruleId === 'disease-claim')!
    expect(disease).toMatchObject({source: 'claimlint', url: expect.stringMatching(/^https:\/\/.*disease-claim/), note: expect.any(String)})
    expect(disease.expected!.length).toBeGreaterThan(0)
  })

  it('lints standard input under the name given by --stdin-filename', () => {
    const cwd = project({})
    const text = claimlint(cwd, ['--stdin', '--stdin-filename', 'copy.md'], {input: bad})
    expect(text.code).toBe(1)
    expect(text.stdout).toMatch(/^copy\.md\n1:11-1:25 +error /)
    const data = claimlint(cwd, ['--stdin', '--stdin-filename', 'copy.md', '-f', 'json'], {input: good})
    expect(data.code).toBe(0)
    expect(json(data.stdout)[0]!.filePath).toBe(join(cwd, 'copy.md'))
  })

  it('reports a directory given as standard input in one line and exits 2', () => {
    const cwd = project({'pages/a.md': good})
    const fd = openSync(join(cwd, 'pages'), 'r')
    try {
      const {code, stdout, stderr} = claimlint(cwd, ['--stdin', '--stdin-filename', 'copy.md'], {stdio: [fd, 'pipe', 'pipe']})
      expect(stderr).toBe('claimlint: cannot read copy.md: is a directory\n')
      expect(stdout).toBe('')
      expect(code).toBe(2)
    } finally {
      closeSync(fd)
    }
  })

  it('reports a missing file in one line, still lints and reports the others, and exits 2', () => {
    const cwd = project({'good.md': good, 'serum.md': bad})
    const {code, stdout, stderr} = claimlint(cwd, ['good.md', 'missing.md', 'serum.md'])
    expect(stderr).toBe('claimlint: cannot read missing.md: no such file\n')
    expect(stdout).toMatch(/^serum\.md\n1:11-1:25 +error /)
    expect(code).toBe(2)
  })

  it('reports a binary file in one line, with a stack trace only under --debug', () => {
    const cwd = project({'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'good.md': good})
    const plain = claimlint(cwd, ['photo.md', 'good.md'])
    expect(plain).toEqual({code: 2, stdout: '', stderr: 'claimlint: cannot read photo.md: binary file (contains NUL bytes)\n'})
    const debug = claimlint(cwd, ['photo.md', 'good.md', '--debug'])
    expect(debug.code).toBe(2)
    expect(debug.stderr.split('\n')[0]).toBe('claimlint: cannot read photo.md: binary file (contains NUL bytes)')
    expect(debug.stderr).toMatch(/\n +at /)
  })

  it('exits 1 and says so when warnings exceed --max-warnings', () => {
    const cwd = project({'expired.md': expired})
    const over = claimlint(cwd, ['expired.md', '--max-warnings', '0'])
    expect(over.stdout).toMatch(/warning +Expired suppression/)
    expect(over.stderr).toBe('claimlint: too many warnings (1, maximum 0)\n')
    expect(over.code).toBe(1)
    expect(claimlint(cwd, ['expired.md', '--max-warnings', '1']).stderr).toBe('')
  })

  it('rejects a --max-warnings that is not a whole number with exit 2', () => {
    const cwd = project({'good.md': good})
    const {code, stdout, stderr} = claimlint(cwd, ['good.md', '--max-warnings', 'some'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('claimlint: Unexpected value `some` for --max-warnings, expected a whole number (or -1 for no limit)\n')
  })

  it('reports errors only with --quiet', () => {
    const cwd = project({'expired.md': expired})
    const loud = claimlint(cwd, ['expired.md'])
    expect(loud.stdout).toContain('Expired suppression')
    const quiet = claimlint(cwd, ['expired.md', '--quiet'])
    expect(quiet.code).toBe(1)
    expect(quiet.stdout).not.toContain('warning')
    expect(quiet.stdout).toMatch(/^2:11-2:25 +error +Unexpected disease claim/m)
  })

  it('writes the report to --output-file, creating its folder, and nothing to standard output', () => {
    const cwd = project({'serum.md': bad})
    const {code, stdout, stderr} = claimlint(cwd, ['serum.md', '-f', 'json', '--output-file', 'reports/claims.json'])
    expect({code, stdout, stderr}).toEqual({code: 1, stdout: '', stderr: ''})
    const results = json(readFileSync(join(cwd, 'reports/claims.json'), 'utf8'))
    expect(results[0]!.messages.some((m) => m.ruleId === 'disease-claim')).toBe(true)
  })

  it('writes no colour codes to an --output-file', () => {
    const cwd = project({'serum.md': bad})
    claimlint(cwd, ['serum.md', '-o', 'report.txt'])
    const report = readFileSync(join(cwd, 'report.txt'), 'utf8')
    expect(report).toMatch(/^serum\.md\n1:11-1:25 +error /)
    expect(report).not.toContain('\u001B[')
  })

  it('rejects an unknown option with exit 2 and one line', () => {
    const cwd = project({'good.md': good})
    expect(claimlint(cwd, ['--fix-everything', 'good.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: Unexpected option `--fix-everything`, see `claimlint --help`\n'
    })
  })

  it('rejects an unknown formatter with exit 2 before linting', () => {
    const cwd = project({'serum.md': bad})
    expect(claimlint(cwd, ['serum.md', '--format', 'nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: cannot find formatter `nope`, expected stylish, json, a package `claimlint-formatter-nope` or a path\n'
    })
  })

  it('loads a third-party formatter package from the project', () => {
    const cwd = project({
      'serum.md': bad,
      'node_modules/claimlint-formatter-count/package.json': JSON.stringify({name: 'claimlint-formatter-count', type: 'module', exports: './index.js'}),
      'node_modules/claimlint-formatter-count/index.js':
        'export default (results, context) => `${results.length} file(s), color ${context.color}, ${Object.keys(context.rulesMeta).length > 0}\\n`\n'
    })
    expect(claimlint(cwd, ['serum.md', '--format', 'count'])).toEqual({code: 1, stdout: '1 file(s), color false, true\n', stderr: ''})
  })

  it('writes a report a formatter streams as chunks, to standard output and to --output-file', () => {
    const cwd = project({
      'serum.md': bad,
      'good.md': good,
      'chunks.mjs':
        'export async function* formatChunks(results) { yield "files:"; for (const r of results) yield ` ${r.messages.length}`; yield "\\n" }\n' +
        'export default () => "never used\\n"\n'
    })
    expect(claimlint(cwd, ['serum.md', 'good.md', '--format', './chunks.mjs'])).toEqual({code: 1, stdout: 'files: 3 0\n', stderr: ''})
    expect(claimlint(cwd, ['serum.md', 'good.md', '--format', './chunks.mjs', '--output-file', 'out/report.txt']).stdout).toBe('')
    expect(readFileSync(join(cwd, 'out/report.txt'), 'utf8')).toBe('files: 3 0\n')
  })

  it('writes the same JSON report to standard output and to --output-file, streamed or not', () => {
    const pages: Record<string, string> = {}
    for (let index = 0; index < 30; index++) pages[`pages/p${index}.md`] = index % 2 ? bad : good
    const cwd = project(pages)
    const printed = claimlint(cwd, ['pages', '--format', 'json'])
    expect(claimlint(cwd, ['pages', '--format', 'json', '--output-file', 'report.json']).stdout).toBe('')
    expect(readFileSync(join(cwd, 'report.json'), 'utf8')).toBe(printed.stdout)
    expect(printed.stdout).toBe(`${JSON.stringify(json(printed.stdout))}\n`)
  })

  it('exits 2 when an explicit glob or folder matches no file', () => {
    const cwd = project({'good.md': good, 'empty/notes.pdf': 'x'})
    expect(claimlint(cwd, ['drafts/**/*.md'])).toEqual({code: 2, stdout: '', stderr: 'claimlint: no files matching the pattern `drafts/**/*.md`\n'})
    expect(claimlint(cwd, ['empty']).stderr).toBe('claimlint: no files matching the pattern `empty`\n')
  })

  it('prints its version and its help', () => {
    const cwd = project({})
    const {version} = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {version: string}
    expect(claimlint(cwd, ['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    expect(claimlint(cwd, ['-v']).stdout).toBe(`${version}\n`)
    const help = claimlint(cwd, ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: claimlint /)
  })

  it('lints Markdown and text under the folder by default, minus node_modules and .gitignore’d files', () => {
    const cwd = project({
      '.gitignore': 'drafts/\n*.tmp.md\n',
      'index.md': bad,
      'faq.txt': bad,
      'docs/page.mdx': bad,
      'docs/guide.markdown': bad,
      'docs/.gitignore': 'private.md\n',
      'docs/private.md': bad,
      'drafts/serum.md': bad,
      'notes.tmp.md': bad,
      'node_modules/pkg/README.md': bad,
      'styles.css': bad
    })
    const {code, stdout} = claimlint(cwd, ['-f', 'json'])
    expect(code).toBe(1)
    const files = json(stdout).map((result) => result.filePath).sort()
    expect(files).toEqual(['docs/guide.markdown', 'docs/page.mdx', 'faq.txt', 'index.md'].map((file) => join(cwd, file)))
  })

  it('lints every matching file under a folder given as an argument, and a glob', () => {
    const cwd = project({'pages/a.md': good, 'pages/deep/b.txt': bad, 'pages/c.html': bad, 'other.md': bad})
    const folder = claimlint(cwd, ['pages', '-f', 'json'])
    expect(json(folder.stdout).map((result) => result.filePath)).toEqual([join(cwd, 'pages/a.md'), join(cwd, 'pages/deep/b.txt')])
    const glob = claimlint(cwd, ['**/b.*', '-f', 'json'])
    expect(json(glob.stdout).map((result) => result.filePath)).toEqual([join(cwd, 'pages/deep/b.txt')])
  })
})
