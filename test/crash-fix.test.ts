/**
 * Crash-safe `--fix` (issue 7): kill the CLI with SIGKILL at random moments
 * while it fixes 500 files. Afterwards every file is its original or its
 * fully fixed text, never truncated or empty, with its mode kept; the only
 * other thing a kill may leave is a `.<name>.<random>.tmp` file from
 * write-atomic.ts, which no glob of pages matches. 10 kills here, 100 under
 * `pnpm fuzz` (CLAIMLINT_FUZZ_KILLS).
 */
import {spawn} from 'node:child_process'
import {chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {project, root} from './harness.js'

const kills = Number(process.env.CLAIMLINT_FUZZ_KILLS ?? 10)
const files = 500
const modes = [0o644, 0o600, 0o640, 0o755]
const original = (index: number): string => `# Serum ${index}\n\nReduces fine lines.\n`
const fixed = (index: number): string => `# Serum ${index}\n\nReduces the appearance of fine lines.\n`

/** Run `claimlint pages --fix` and SIGKILL it after `delay` ms (or let it finish); resolves when it is gone. */
function fixAndKill(cwd: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'packages/cli/bin/claimlint.js'), 'pages', '--fix', '-f', 'json'], {cwd, stdio: 'ignore'})
    const timer = setTimeout(() => child.kill('SIGKILL'), delay)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

describe('--fix killed at random moments', () => {
  it(`leaves every file original or fully fixed, with its mode, after ${kills} kills`, {timeout: 60_000 + kills * 6_000}, async () => {
    const cwd = project({})
    const write = (): void => {
      for (let index = 0; index < files; index++) {
        const path = join(cwd, 'pages', `page-${index}.md`)
        writeFileSync(path, original(index))
        chmodSync(path, modes[index % modes.length]!)
      }
    }
    mkdirSync(join(cwd, 'pages'))
    // One full run gives the span to kill within.
    write()
    const started = Date.now()
    await fixAndKill(cwd, 120_000)
    const span = Date.now() - started
    expect(readFileSync(join(cwd, 'pages/page-0.md'), 'utf8')).toBe(fixed(0))
    let fixedSeen = 0
    let originalSeen = 0
    for (let kill = 0; kill < kills; kill++) {
      write()
      await fixAndKill(cwd, Math.floor(Math.random() * span))
      for (let index = 0; index < files; index++) {
        const path = join(cwd, 'pages', `page-${index}.md`)
        const text = readFileSync(path, 'utf8')
        expect([original(index), fixed(index)]).toContain(text)
        if (text === fixed(index)) fixedSeen++
        else originalSeen++
        expect(statSync(path).mode & 0o777).toBe(modes[index % modes.length])
      }
      const stray = readdirSync(join(cwd, 'pages')).filter((name) => !/^page-\d+\.md$/.test(name))
      for (const name of stray) expect(name).toMatch(/^\.page-\d+\.md\.[0-9a-f]{12}\.tmp$/)
    }
    // The kills landed both before and during the writes, or the test proves little.
    expect(originalSeen).toBeGreaterThan(0)
    expect(fixedSeen + originalSeen).toBe(kills * files)
  })
})
