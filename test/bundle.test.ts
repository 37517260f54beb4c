/**
 * The bundled CLI and its V8 code cache (packages/cli/src/load-bundle.ts):
 * a copy of the built package runs without a cache, with the one it wrote,
 * and with a damaged one, and reports the same every time; `import()` of
 * configuration files and formatters and worker threads work under the
 * cache (Node 20 cannot `import()` from cached `vm.Script` code, so the
 * loader passes the bundle an importer).
 */
import {spawn, spawnSync} from 'node:child_process'
import {closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {isAscii} from 'node:buffer'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, project, root} from './harness.js'

const cli = join(root, 'packages/cli')

/** A copy of the built CLI package: the bin, the loader and the bundle, without its code cache. */
function copyPackage(): string {
  const folder = project({'package.json': JSON.stringify({type: 'module'})})
  cpSync(join(cli, 'bin'), join(folder, 'bin'), {recursive: true})
  mkdirSync(join(folder, 'dist'))
  cpSync(join(cli, 'dist/load-bundle.cjs'), join(folder, 'dist/load-bundle.cjs'))
  cpSync(join(cli, 'dist/bundle'), join(folder, 'dist/bundle'), {recursive: true, filter: (source) => !source.endsWith('.v8-cache')})
  return folder
}

function run(pkg: string, cwd: string, args: string[]) {
  const child = spawnSync(process.execPath, [join(pkg, 'bin/claimlint.js'), ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: child.status, stdout: child.stdout, stderr: child.stderr}
}

const page = `---
title: Cell Renewal Serum
description: Regenerates skin overnight.
---
# Cell Renewal Serum

- Reduces the appearance of fine lines.
- Treats rosacea and eczema.
- Clinically proven: 87% saw fewer wrinkles.
`

describe('the bundled CLI with its code cache', () => {
  it('was built with a code cache beside the bundle', () => {
    expect(statSync(join(cli, 'dist/bundle/claimlint.cjs.v8-cache')).size).toBeGreaterThan(10_000)
  })

  it('is ASCII, its regular expressions escaped, and lints as the unbundled modules do', () => {
    const bundle = readFileSync(join(cli, 'dist/bundle/claimlint.cjs'))
    expect(isAscii(bundle)).toBe(true)
    // Footnote marks and curly apostrophes are what the escaped expressions match.
    const folder = project({
      'page.md': '# Serum\n\nClinically proven\u2020 to firm skin. It doesn\u2019t treat acne. Our balm cures eczema\u2021 overnight. Proven\u00a7 to work.\n\n\u2020 Study of 30 women, 2024.\n'
    })
    const bundled = run(cli, folder, ['page.md', '--format', 'json'])
    const unbundled = spawnSync(process.execPath, [join(cli, 'dist/cli.js'), 'page.md', '--format', 'json'], {cwd: folder, encoding: 'utf8'})
    expect(bundled.code).toBe(1)
    expect(bundled.stdout).toBe(unbundled.stdout)
    expect(JSON.parse(bundled.stdout)[0].messages.length).toBeGreaterThan(0)
  })

  it('reports the same without a cache, with the cache it wrote and with a damaged one', () => {
    const pkg = copyPackage()
    const cache = join(pkg, 'dist/bundle/claimlint.cjs.v8-cache')
    const folder = project({'page.md': page})
    const expected = claimlint(folder, ['page.md', '--no-color'], {env: {...process.env, NO_COLOR: '1'}})
    expect(expected.code).toBe(1)
    expect(expected.stdout).toContain('disease-claim')

    const first = run(pkg, folder, ['page.md', '--no-color'])
    expect(first).toEqual({code: 1, stdout: expected.stdout, stderr: expected.stderr})
    // The run that found no cache wrote one, and nothing else.
    const written = readFileSync(cache)
    expect(written.length).toBeGreaterThan(10_000)
    expect(readdirSync(join(pkg, 'dist/bundle')).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const second = run(pkg, folder, ['page.md', '--no-color'])
    expect(second).toEqual(first)
    // Accepted, so left as it was.
    expect(readFileSync(cache).equals(written)).toBe(true)

    writeFileSync(cache, Buffer.alloc(written.length, 7))
    const damaged = run(pkg, folder, ['page.md', '--no-color'])
    expect(damaged).toEqual(first)
    // Rejected by V8, then replaced by a good one.
    expect(readFileSync(cache).equals(Buffer.alloc(written.length, 7))).toBe(false)
    expect(run(pkg, folder, ['page.md', '--no-color'])).toEqual(first)
  })

  it('imports configuration files and formatters, and starts workers, from cached code', () => {
    const pkg = copyPackage()
    const pages = Object.fromEntries(Array.from({length: 6}, (_, i) => [`pages/p${i}.md`, page.replace('Cell Renewal', `Cell Renewal ${i}`)]))
    const folder = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.claimlintrc.mjs': "export default {rules: {'proof-claim': 'off'}}\n",
      'count.mjs': 'export default (results) => `${results.length} files, ${results.reduce((n, r) => n + r.messages.length, 0)} messages\\n`\n',
      ...pages
    })
    for (let round = 0; round < 2; round++) {
      expect(existsSync(join(pkg, 'dist/bundle/claimlint.cjs.v8-cache'))).toBe(round === 1)
      const custom = run(pkg, folder, ['pages', '--format', './count.mjs'])
      expect(custom.stderr).toBe('')
      expect(custom.code).toBe(1)
      const single = run(pkg, folder, ['pages', '--format', 'json'])
      const json = JSON.parse(single.stdout) as Array<{messages: Array<{ruleId: string}>}>
      expect(json).toHaveLength(6)
      // The JavaScript config was imported: proof-claim is off.
      expect(json.flatMap((result) => result.messages.map((m) => m.ruleId))).not.toContain('proof-claim')
      expect(json.flatMap((result) => result.messages.map((m) => m.ruleId))).toContain('disease-claim')
      expect(custom.stdout).toBe(`6 files, ${json.reduce((n, r) => n + r.messages.length, 0)} messages\n`)
      const workers = run(pkg, folder, ['pages', '--format', 'json', '--concurrency', '2'])
      expect(workers).toEqual(single)
    }
  })

  it('writes a cache a small run accepts, even from a large run that let the young generation grow', () => {
    const pkg = copyPackage()
    const cache = join(pkg, 'dist/bundle/claimlint.cjs.v8-cache')
    const pages = Object.fromEntries(Array.from({length: 24}, (_, i) => [`pages/p${i}.md`, page.replace('Cell Renewal', `Cell Renewal ${i}`)]))
    const folder = project({'.git/HEAD': 'ref: refs/heads/main\n', ...pages})
    const large = run(pkg, folder, ['pages', '--format', 'json'])
    expect(large.code).toBe(1)
    expect(JSON.parse(large.stdout)).toHaveLength(24)
    const written = readFileSync(cache)
    // Made under the flags a run starts with, so the next run takes it as it is.
    expect(run(pkg, folder, ['pages/p0.md']).code).toBe(1)
    expect(readFileSync(cache).equals(written)).toBe(true)
  })

  it('loads no promise-based fs, socket or terminal module for a one-page run reported to a file, its standard error a pipe', () => {
    const folder = project({'page.md': page, 'loaded.cjs': "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_LIST, process.moduleLoadList.join('\\n')))\n"})
    const list = join(folder, 'loaded.txt')
    const report = openSync(join(folder, 'report.txt'), 'w')
    const child = spawnSync(process.execPath, ['--require', join(folder, 'loaded.cjs'), join(cli, 'bin/claimlint.js'), 'page.md'], {cwd: folder, encoding: 'utf8', stdio: ['ignore', report, 'pipe'], env: {...process.env, LOADED_LIST: list, NO_COLOR: '1'}})
    closeSync(report)
    expect(child.status).toBe(1)
    expect(child.stderr).toBe('')
    expect(readFileSync(join(folder, 'report.txt'), 'utf8')).toContain('disease-claim')
    const loaded = readFileSync(list, 'utf8').split('\n')
    expect(loaded).toContain('NativeModule vm')
    for (const name of ['fs/promises', 'internal/fs/promises', 'internal/readline/interface', 'net', 'tty']) expect(loaded).not.toContain(`NativeModule ${name}`)
  })

  it('exits only once its output is written: megabytes through a pipe read slowly arrive whole', async () => {
    const pages = Object.fromEntries(Array.from({length: 300}, (_, i) => [`pages/p${i}.md`, page.replace('Cell Renewal', `Cell Renewal ${i}`)]))
    const folder = project({'.git/HEAD': 'ref: refs/heads/main\n', ...pages})
    const expected = run(join(cli), folder, ['pages', '--format', 'json', '--output-file', 'report.json'])
    expect(expected.code).toBe(1)
    const report = readFileSync(join(folder, 'report.json'), 'utf8')
    expect(report.length).toBeGreaterThan(1_000_000)

    const child = spawn(process.execPath, [join(cli, 'bin/claimlint.js'), 'pages', '--format', 'json'], {cwd: folder, stdio: ['ignore', 'pipe', 'pipe']})
    // Nothing is read for a while: the pipe fills and the command must wait for its reader.
    child.stdout.pause()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stdout.resume()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(1)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(report)
  })
})
