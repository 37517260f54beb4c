import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {Progress, progressThreshold, showsProgress} from './progress.js'
import {run} from './run.js'

describe('showsProgress', () => {
  const many = progressThreshold + 1

  it('shows progress for a long run on an interactive terminal', () => {
    expect(showsProgress({files: many, isTTY: true, env: {}})).toBe(true)
    expect(showsProgress({files: many, isTTY: true, env: {CI: 'false'}})).toBe(true)
  })

  it('stays quiet on short runs, in CI and when standard error is piped', () => {
    expect(showsProgress({files: progressThreshold, isTTY: true, env: {}})).toBe(false)
    expect(showsProgress({files: many, isTTY: true, env: {CI: 'true'}})).toBe(false)
    expect(showsProgress({files: many, isTTY: true, env: {CI: '1'}})).toBe(false)
    expect(showsProgress({files: many, isTTY: false, env: {}})).toBe(false)
    expect(showsProgress({files: many, isTTY: undefined, env: {}})).toBe(false)
  })
})

describe('Progress', () => {
  it('redraws one line at most once per interval, always the last file, and clears it', () => {
    const writes: string[] = []
    let now = 0
    const progress = new Progress((text) => writes.push(text), 4, {interval: 100, now: () => now})
    progress.tick()
    now = 50
    progress.tick()
    now = 150
    progress.tick()
    now = 160
    progress.tick()
    progress.clear()
    expect(writes).toEqual([
      '\rclaimlint: 1/4 files\x1b[K',
      '\rclaimlint: 3/4 files\x1b[K',
      '\rclaimlint: 4/4 files\x1b[K',
      '\r\x1b[K'
    ])
  })

  it('writes nothing to clear when it never drew', () => {
    const writes: string[] = []
    new Progress((text) => writes.push(text), 10).clear()
    expect(writes).toEqual([])
  })
})

describe('progress in a run', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-progress-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))
  mkdirSync(join(folder, 'pages'))
  for (let index = 0; index <= progressThreshold; index++) writeFileSync(join(folder, 'pages', `page-${index}.md`), 'Leaves skin feeling soft.\n')

  async function lint(isTTY: boolean, env: Record<string, string>) {
    const stderr: string[] = []
    const stdout: string[] = []
    const code = await run({
      argv: ['pages', '--format', 'json'],
      cwd: folder,
      stdout: {write: (chunk: string) => stdout.push(chunk), isTTY: false},
      stderr: {write: (chunk: string) => stderr.push(chunk), isTTY},
      env
    })
    return {code, stderr: stderr.join(''), results: JSON.parse(stdout.join('')) as unknown[]}
  }

  it('counts the files on standard error and clears the line before the report', async () => {
    const {code, stderr, results} = await lint(true, {})
    expect(code).toBe(0)
    expect(results).toHaveLength(progressThreshold + 1)
    expect(stderr).toContain(`\rclaimlint: ${progressThreshold + 1}/${progressThreshold + 1} files\x1b[K`)
    expect(stderr.endsWith('\r\x1b[K')).toBe(true)
  })

  it('writes nothing in CI or into a pipe', async () => {
    expect((await lint(true, {CI: 'true'})).stderr).toBe('')
    expect((await lint(false, {})).stderr).toBe('')
  })
})
