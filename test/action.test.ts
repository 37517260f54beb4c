/**
 * The GitHub Action (`action.yml`): its inputs, outputs and steps, and its
 * shell steps run with bash against the claimlint of this checkout, with
 * inputs passed as GitHub passes them (through each step's `env`).
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {project, root} from './harness.js'

interface Step {
  name?: string
  id?: string
  uses?: string
  with?: Record<string, string>
  if?: string
  shell?: string
  env?: Record<string, string>
  run?: string
}

interface Action {
  name: string
  description: string
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  outputs: Record<string, {description: string; value: string}>
  runs: {using: string; steps: Step[]}
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action
const step = (id: string): Step => action.runs.steps.find((candidate) => candidate.id === id || candidate.name === id)!

describe('action.yml', () => {
  it('is a composite action with documented inputs and outputs', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(['paths', 'sarif-file', 'fail-on-findings', 'args', 'version', 'node-version'])
    for (const input of Object.values(action.inputs)) expect(input.description).not.toBe('')
    expect(action.inputs['sarif-file']!.default).toBe('claimlint.sarif')
    expect(action.inputs['fail-on-findings']!.default).toBe('true')
    expect(action.outputs['sarif-file']!.value).toBe('${{ steps.lint.outputs.sarif-file }}')
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.lint.outputs.exit-code }}')
  })

  it('sets up Node, installs the published package, runs claimlint, then fails on findings', () => {
    const [setup, install, lint, fail] = action.runs.steps
    expect(setup!.uses).toMatch(/^actions\/setup-node@v\d+$/)
    expect(setup!.with).toEqual({'node-version': '${{ inputs.node-version }}'})
    expect(install!.run).toContain('npm install --global --no-audit --no-fund "@claimlint/cli@$version"')
    expect(lint!.id).toBe('lint')
    expect(lint!.run).toContain('claimlint --format sarif --output-file "$SARIF_FILE"')
    expect(fail!.if).toBe("${{ inputs.fail-on-findings == 'true' && steps.lint.outputs.exit-code == '1' }}")
  })

  it('passes inputs to scripts through the environment only, so a path cannot inject shell code', () => {
    for (const {run, shell} of action.runs.steps.filter((candidate) => candidate.run !== undefined)) {
      expect(shell).toBe('bash')
      expect(run).not.toMatch(/\$\{\{/)
    }
  })

  it('installs the version released with the action when none is given', () => {
    const folder = project({'packages/cli/package.json': JSON.stringify({version: '9.8.7'})})
    const bin = join(folder, 'bin')
    mkdirSync(bin)
    // A stand-in npm that records what it was asked to install.
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" > "${join(folder, 'npm-args')}"\n`)
    chmodSync(join(bin, 'npm'), 0o755)
    const run = runStep(step('Install claimlint'), folder, {}, {ACTION_PATH: folder}, bin)
    expect(run.code).toBe(0)
    expect(readFileSync(join(folder, 'npm-args'), 'utf8')).toBe('install --global --no-audit --no-fund @claimlint/cli@9.8.7\n')
  })
})

/** Run a `run` step with bash as the runner would: inputs through its `env`, `GITHUB_OUTPUT` collected. */
function runStep(target: Step, cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}, binFolder = shimFolder()) {
  const values = {...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...inputs}
  const env: NodeJS.ProcessEnv = {...process.env, PATH: `${binFolder}:${process.env.PATH}`, GITHUB_OUTPUT: join(cwd, 'github-output'), ...extraEnv}
  for (const [name, expression] of Object.entries(target.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expression)?.[1]
    if (input !== undefined) env[name] = values[input]
  }
  writeFileSync(join(cwd, 'github-output'), '')
  // GitHub runs `bash --noprofile --norc -eo pipefail {0}` for `shell: bash`.
  const child = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', target.run!], {cwd, encoding: 'utf8', env})
  const outputs = Object.fromEntries(
    readFileSync(join(cwd, 'github-output'), 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string])
  )
  return {code: child.status, stdout: child.stdout, stderr: child.stderr, outputs, values}
}

/** A folder with a `claimlint` command that runs this checkout's bin, as `npm install --global` would provide. */
function shimFolder(): string {
  const folder = project({})
  writeFileSync(join(folder, 'claimlint'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'packages/cli/bin/claimlint.js')}" "$@"\n`)
  chmodSync(join(folder, 'claimlint'), 0o755)
  return folder
}

/** The fail step's condition, evaluated as GitHub would for these outputs. */
function failStepRuns(inputs: Record<string, string>, exitCode: string | undefined): boolean {
  return inputs['fail-on-findings'] === 'true' && exitCode === '1'
}

describe('the action\'s steps', () => {
  it('writes the SARIF report and its outputs without failing, then fails on findings', () => {
    const cwd = project({'pages/serum.md': '# Serum\n\nOur serum treats rosacea.\n'})
    const lint = runStep(step('lint'), cwd, {paths: 'pages'})
    expect(lint.code).toBe(0)
    expect(lint.outputs).toEqual({'exit-code': '1', 'sarif-file': 'claimlint.sarif'})
    const sarif = JSON.parse(readFileSync(join(cwd, 'claimlint.sarif'), 'utf8')) as {version: string; runs: Array<{results: Array<{ruleId: string}>}>}
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['disease-claim'])

    expect(failStepRuns(lint.values, lint.outputs['exit-code'])).toBe(true)
    const fail = runStep(step('Fail on findings'), cwd, {})
    expect(fail.code).toBe(1)
    expect(fail.stdout).toBe('::error title=claimlint::claimlint found claims to fix, see the code scanning alerts or claimlint.sarif\n')
  })

  it('does not fail on findings when fail-on-findings is false', () => {
    const cwd = project({'serum.md': 'Our serum treats rosacea.\n'})
    const lint = runStep(step('lint'), cwd, {'fail-on-findings': 'false', 'sarif-file': 'reports/claims.sarif'})
    expect(lint.outputs).toEqual({'exit-code': '1', 'sarif-file': 'reports/claims.sarif'})
    expect(existsSync(join(cwd, 'reports/claims.sarif'))).toBe(true)
    expect(failStepRuns(lint.values, lint.outputs['exit-code'])).toBe(false)
  })

  it('leaves globs to claimlint and takes paths one per line, with extra options', () => {
    const cwd = project({
      'pages/a.md': 'Clinically proven.\n',
      'pages/deep/b.md': 'Clinically proven.\n',
      'docs/c.md': 'Cures acne.\n'
    })
    // Bash would expand `**/*.md` one folder deep; claimlint expands it all the way down.
    const lint = runStep(step('lint'), cwd, {paths: 'pages/**/*.md\n  docs', args: '--quiet --max-warnings 0'})
    const sarif = JSON.parse(readFileSync(join(cwd, 'claimlint.sarif'), 'utf8')) as {runs: Array<{artifacts?: unknown[]; results: Array<{ruleId: string}>}>}
    // --quiet hides the warnings of a.md and b.md, and --max-warnings still counts them.
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['disease-claim'])
    expect(lint.stderr).toContain('too many warnings (2, maximum 0)')
    expect(lint.outputs['exit-code']).toBe('1')
  })

  it('fails at once when claimlint cannot run', () => {
    const cwd = project({'serum.md': 'Leaves skin soft.\n'})
    const lint = runStep(step('lint'), cwd, {paths: 'missing/*.md'})
    expect(lint.code).toBe(2)
    expect(lint.outputs).toEqual({'exit-code': '2'})
    expect(lint.stdout).toBe('::error title=claimlint::claimlint could not run (exit code 2), see the messages above\n')
  })

  it('reports a clean run with exit code 0', () => {
    const cwd = project({'serum.md': 'Leaves skin feeling soft.\n'})
    const lint = runStep(step('lint'), cwd, {})
    expect(lint).toMatchObject({code: 0, outputs: {'exit-code': '0', 'sarif-file': 'claimlint.sarif'}})
  })
})
