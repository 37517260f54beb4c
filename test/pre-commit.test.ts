/**
 * The hook of `.pre-commit-hooks.yaml` run by the real pre-commit tool on
 * real `git commit`s in a temporary repository. The hook is used as the
 * manifest declares it (files, filters), except that it runs the claimlint
 * of this checkout as a `system` hook: `language: node` would `npm install`
 * the hook's repository from the network.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse, stringify} from 'yaml'
import {afterAll, describe, expect, it} from 'vitest'
import {git, gitEnv, repository} from './git-repository.js'
import {root} from './harness.js'

const bin = join(root, 'packages/cli/bin/claimlint.js')
const preCommitHome = mkdtempSync(join(tmpdir(), 'claimlint-pre-commit-home-'))
afterAll(() => rmSync(preCommitHome, {recursive: true, force: true}))

function preCommitEnv(): NodeJS.ProcessEnv {
  return {...gitEnv(), PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: 'never', NO_COLOR: '1'}
}

/** Fail (never skip) when the tool is missing: a hook that is not tested is a hook that breaks unnoticed. */
function requirePreCommit(): void {
  const probe = spawnSync('pre-commit', ['--version'], {encoding: 'utf8', env: preCommitEnv()})
  if (probe.error || probe.status !== 0) {
    throw new Error('The pre-commit tool is missing: run .ci/install-pre-commit (installs Debian\'s pre-commit package) before these tests')
  }
}

/** The claimlint hook of `.pre-commit-hooks.yaml`, run from this checkout. */
function hookConfig(): string {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
  const hook = hooks.find((candidate) => candidate.id === 'claimlint')!
  const quote = (path: string): string => `'${path.replaceAll("'", "'\\''")}'`
  return stringify({repos: [{repo: 'local', hooks: [{...hook, language: 'system', entry: `${quote(process.execPath)} ${quote(bin)}`}]}]})
}

/** A repository with the hook installed in `.git/hooks/pre-commit`. */
function hookedRepository(): string {
  requirePreCommit()
  const cwd = repository({'.pre-commit-config.yaml': hookConfig(), 'README.md': '# Catalogue\n'})
  const install = spawnSync('pre-commit', ['install'], {cwd, encoding: 'utf8', env: preCommitEnv()})
  if (install.status !== 0) throw new Error(`pre-commit install failed: ${install.stdout}${install.stderr}`)
  return cwd
}

function commit(cwd: string, message: string) {
  const child = spawnSync('git', ['commit', '--message', message], {cwd, encoding: 'utf8', env: preCommitEnv()})
  return {code: child.status, output: `${child.stdout}${child.stderr}`}
}

const head = (cwd: string): string => git(cwd, 'rev-parse', 'HEAD').trim()

describe('the pre-commit hook', () => {
  it('refuses a commit that adds a drug claim, naming the claim', () => {
    const cwd = hookedRepository()
    const before = head(cwd)
    writeFileSync(join(cwd, 'serum.md'), '# Serum\n\nOur serum treats rosacea.\n')
    git(cwd, 'add', 'serum.md')
    const run = commit(cwd, 'Add the serum page')
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/claimlint\.+Failed/)
    expect(run.output).toContain('serum.md')
    expect(run.output).toContain('Unexpected disease claim `treats rosacea`')
    expect(head(cwd)).toBe(before)
  })

  it('lets a compliant commit through', () => {
    const cwd = hookedRepository()
    const before = head(cwd)
    writeFileSync(join(cwd, 'serum.md'), '# Serum\n\nLeaves skin feeling soft and looking radiant.\n')
    git(cwd, 'add', 'serum.md')
    const run = commit(cwd, 'Add the serum page')
    expect(run.output).toMatch(/claimlint\.+Passed/)
    expect(run.code).toBe(0)
    expect(head(cwd)).not.toBe(before)
  })

  it('still refuses a staged claim that was edited away in the working tree, and keeps the edit', () => {
    const cwd = hookedRepository()
    writeFileSync(join(cwd, 'serum.md'), '# Serum\n\nOur serum treats rosacea.\n')
    git(cwd, 'add', 'serum.md')
    const edited = '# Serum\n\nLeaves skin feeling soft.\n'
    writeFileSync(join(cwd, 'serum.md'), edited)
    const run = commit(cwd, 'Add the serum page')
    expect(run.code).not.toBe(0)
    expect(run.output).toContain('Unexpected disease claim `treats rosacea`')
    // pre-commit stashed the unstaged edit while the hook ran and put it back.
    expect(readFileSync(join(cwd, 'serum.md'), 'utf8')).toBe(edited)
  })

  it('leaves files other than Markdown and text alone', () => {
    const cwd = hookedRepository()
    writeFileSync(join(cwd, 'claims.js'), '// Our serum treats rosacea.\n')
    git(cwd, 'add', 'claims.js')
    const run = commit(cwd, 'Add a script')
    expect(run.output).toMatch(/claimlint\.+\(no files to check\)Skipped/)
    expect(run.code).toBe(0)
  })
})
