/**
 * Running the built `claimlint` binary in a child process, in temporary
 * folders, for the end-to-end suites (config, ignore, fix, plugins).
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LintResult} from '../packages/core/src/index.js'
import {afterAll, beforeAll} from 'vitest'

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'packages/cli/bin/claimlint.js')

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})
beforeAll(() => {
  if (!existsSync(join(root, 'packages/cli/dist/cli.js'))) throw new Error('Build first: these tests run the compiled CLI (`pnpm test` runs `tsc -b`)')
})

/** A temporary folder holding the given files (paths relative to it); each test gets its own. */
export function project(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-e2e-'))
  folders.push(folder)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), {recursive: true})
    writeFileSync(join(folder, path), content)
  }
  return folder
}

/** Run claimlint in `cwd`; colours off, as in CI. */
export function claimlint(cwd: string, args: string[], options: SpawnSyncOptions = {}) {
  const env = {...process.env}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  const child = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env, ...options})
  return {code: child.status, stdout: String(child.stdout), stderr: String(child.stderr)}
}

/** Parse `--format json` output. */
export function json(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[]
}

/** `[ruleId, actual]` of every message of every result, in order. */
export function findings(stdout: string): Array<[string | null, string | undefined]> {
  return json(stdout).flatMap((result) => result.messages.map((m): [string | null, string | undefined] => [m.ruleId, m.actual]))
}
