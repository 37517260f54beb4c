/**
 * Adopting claimlint on an existing catalogue, end to end on temporary git
 * repositories: `--changed-since`, baselines and `--staged`.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {git, gitEnv, repository} from './git-repository.js'
import {claimlint, findings, json, project} from './harness.js'

const legacy = '# Serum\n\nOur serum treats rosacea.\n\nLeaves skin feeling soft.\n'

function lint(cwd: string, args: string[]) {
  return claimlint(cwd, [...args, '--format', 'json'], {env: gitEnv()})
}

describe('--changed-since', () => {
  it('reports a claim added on a changed line and not the legacy claim above it', () => {
    const cwd = repository({'serum.md': legacy})
    writeFileSync(join(cwd, 'serum.md'), legacy.replace('Leaves skin feeling soft.', 'Leaves skin feeling soft. Heals eczema.'))
    const run = lint(cwd, ['--changed-since', 'HEAD'])
    expect(findings(run.stdout)).toEqual([['disease-claim', 'Heals eczema']])
    expect(run.code).toBe(1)
  })

  it('does not report a legacy claim that moved down because lines were added above it', () => {
    const cwd = repository({'serum.md': legacy})
    writeFileSync(join(cwd, 'serum.md'), `Fragrance free.\n\nFor all skin types.\n\n${legacy}`)
    const run = lint(cwd, ['--changed-since', 'HEAD'])
    expect(findings(run.stdout)).toEqual([])
    expect(run.code).toBe(0)
  })

  it('reports a claim over a line break when one of its lines changed', () => {
    const cwd = repository({'serum.md': 'Our serum treats\nredness overnight.\n'})
    writeFileSync(join(cwd, 'serum.md'), 'Our serum treats\nrosacea overnight.\n')
    const [result] = json(lint(cwd, ['--changed-since', 'HEAD']).stdout)
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.endLine])).toEqual([['disease-claim', 1, 2]])
  })

  it('reports every claim of a new file, committed or untracked', () => {
    const cwd = repository({'serum.md': legacy})
    git(cwd, 'checkout', '--quiet', '-b', 'launch')
    writeFileSync(join(cwd, 'committed.md'), 'Cures acne.\n')
    git(cwd, 'add', 'committed.md')
    git(cwd, 'commit', '--quiet', '--message', 'New page')
    writeFileSync(join(cwd, 'untracked.md'), 'Heals eczema.\n')
    const run = lint(cwd, ['--changed-since', 'main'])
    expect(json(run.stdout).map((result) => result.filePath.slice(cwd.length + 1))).toEqual(['committed.md', 'untracked.md'])
    expect(findings(run.stdout)).toEqual([['disease-claim', 'Cures acne'], ['disease-claim', 'Heals eczema']])
  })

  it('does not even read files without changes', () => {
    // A binary file is a read error when linted (exit code 2); unchanged, it is skipped.
    const cwd = repository({'serum.md': legacy, 'broken.md': '\u0000binary'})
    const run = lint(cwd, ['--changed-since', 'HEAD'])
    expect(run.stderr).toBe('')
    expect(json(run.stdout)).toEqual([])
    expect(run.code).toBe(0)
    expect(lint(cwd, []).code).toBe(2)
  })

  it('reports the claim that deleting a suppression comment brings back', () => {
    const cwd = repository({'serum.md': '# Serum\n\n<!--claimlint ignore disease-claim -- approved by Legal-->\nOur serum treats rosacea.\n'})
    writeFileSync(join(cwd, 'serum.md'), '# Serum\n\nOur serum treats rosacea.\n')
    expect(findings(lint(cwd, ['--changed-since', 'HEAD']).stdout)).toEqual([['disease-claim', 'treats rosacea']])
  })

  it('maps changed files to paths when run from a subfolder', () => {
    const cwd = repository({'pages/serum.md': legacy, 'README.md': 'Cures acne.\n'})
    writeFileSync(join(cwd, 'pages/serum.md'), `${legacy}\nHeals eczema.\n`)
    writeFileSync(join(cwd, 'README.md'), 'Cures acne. Heals acne.\n')
    const run = lint(join(cwd, 'pages'), ['--changed-since', 'HEAD'])
    expect(json(run.stdout).map((result) => result.filePath)).toEqual([join(cwd, 'pages/serum.md')])
    expect(findings(run.stdout)).toEqual([['disease-claim', 'Heals eczema']])
  })

  it('fails with one line outside a git repository or for an unknown ref', () => {
    const outside = project({'serum.md': legacy})
    const noRepository = claimlint(outside, ['--changed-since', 'HEAD'], {env: {...gitEnv(), GIT_CEILING_DIRECTORIES: join(outside, '..')}})
    expect(noRepository.stderr).toBe(`claimlint: --changed-since needs a git repository, and ${outside} is not in one\n`)
    expect(noRepository.code).toBe(2)

    const cwd = repository({'serum.md': legacy})
    const unknown = lint(cwd, ['--changed-since', 'origin/main'])
    expect(unknown.stderr).toBe('claimlint: unknown git ref `origin/main` for --changed-since (in a shallow CI checkout, fetch it first: git fetch origin <branch>)\n')
    expect(unknown.stdout).toBe('')
    expect(unknown.code).toBe(2)
  })
})

describe('baselines', () => {
  const catalogue = {
    'pages/serum.md': legacy,
    'pages/cream.md': '# Cream\n\nClinically proven to cure acne.\n'
  }

  it('records today\'s findings and exits 0, then reports none of them', () => {
    const cwd = repository(catalogue)
    const write = claimlint(cwd, ['--baseline-write'])
    expect(write).toEqual({code: 0, stdout: 'Wrote .claimlint-baseline.json (3 findings in 2 files)\n', stderr: ''})
    expect(JSON.parse(readFileSync(join(cwd, '.claimlint-baseline.json'), 'utf8'))).toEqual({
      version: 1,
      files: {
        'pages/cream.md': {'disease-claim': {'cure acne': 1}, 'proof-claim': {'clinically proven': 1}},
        'pages/serum.md': {'disease-claim': {'treats rosacea': 1}}
      }
    })
    const check = lint(cwd, ['--baseline'])
    expect(findings(check.stdout)).toEqual([])
    expect(check.code).toBe(0)
  })

  it('still matches recorded claims after they move to other lines', () => {
    const cwd = repository(catalogue)
    claimlint(cwd, ['--baseline-write'])
    writeFileSync(join(cwd, 'pages/serum.md'), `# Serum\n\nNew: a lighter texture.\n\nFor every skin type.\n\n${legacy.replace('# Serum\n\n', '')}`)
    expect(findings(lint(cwd, ['--baseline']).stdout)).toEqual([])
  })

  it('reports a second identical claim added later, and a new one', () => {
    const cwd = repository(catalogue)
    claimlint(cwd, ['--baseline-write'])
    writeFileSync(join(cwd, 'pages/serum.md'), `${legacy}\nIt also treats rosacea. Heals eczema.\n`)
    const run = lint(cwd, ['--baseline'])
    expect(json(run.stdout)[1]!.messages.map((m) => [m.actual, m.line])).toEqual([['treats rosacea', 7], ['Heals eczema', 7]])
    expect(run.code).toBe(1)
  })

  it('matches files from a subfolder through the baseline\'s own folder', () => {
    const cwd = repository(catalogue)
    claimlint(cwd, ['--baseline-write=ci/claimlint-baseline.json'])
    expect(Object.keys(JSON.parse(readFileSync(join(cwd, 'ci/claimlint-baseline.json'), 'utf8')).files)).toEqual(['../pages/cream.md', '../pages/serum.md'])
    const run = lint(join(cwd, 'pages'), ['--baseline=../ci/claimlint-baseline.json'])
    expect(findings(run.stdout)).toEqual([])
    expect(run.code).toBe(0)
  })

  it('fails with one line when the baseline is missing or named after a space', () => {
    const cwd = project(catalogue)
    expect(claimlint(cwd, ['--baseline'])).toEqual({code: 2, stdout: '', stderr: 'claimlint: cannot read the baseline .claimlint-baseline.json: no such file (record one with --baseline-write)\n'})
    expect(claimlint(cwd, ['--baseline', 'old.json']).stderr).toBe('claimlint: Unexpected `old.json` after --baseline, expected --baseline=old.json (the file is optional)\n')
  })

  it('writes no baseline when a file cannot be read', () => {
    const cwd = project({...catalogue, 'pages/broken.md': '\u0000binary'})
    const run = claimlint(cwd, ['--baseline-write'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('claimlint: .claimlint-baseline.json not written, as some files could not be linted\n')
    expect(() => readFileSync(join(cwd, '.claimlint-baseline.json'))).toThrow()
  })

  it('combines with --changed-since: a new claim on a changed line that the baseline does not know', () => {
    const cwd = repository(catalogue)
    claimlint(cwd, ['--baseline-write'])
    writeFileSync(join(cwd, 'pages/serum.md'), legacy.replace('Our serum treats rosacea.', 'Our serum treats rosacea. Cures acne.'))
    expect(findings(lint(cwd, ['--baseline', '--changed-since', 'HEAD']).stdout)).toEqual([['disease-claim', 'Cures acne']])
  })
})

describe('--staged', () => {
  it('lints the staged text of a file, not the working tree, and reports the working-tree path', () => {
    const cwd = repository({'serum.md': 'Leaves skin feeling soft.\n'})
    writeFileSync(join(cwd, 'serum.md'), 'Our serum treats rosacea.\n')
    git(cwd, 'add', 'serum.md')
    writeFileSync(join(cwd, 'serum.md'), 'Leaves skin feeling soft.\n')

    const staged = lint(cwd, ['--staged', 'serum.md'])
    expect(findings(staged.stdout)).toEqual([['disease-claim', 'treats rosacea']])
    expect(json(staged.stdout)[0]!.filePath).toBe(join(cwd, 'serum.md'))
    expect(staged.code).toBe(1)
    expect(lint(cwd, ['serum.md']).code).toBe(0)
  })

  it('without paths, lints the staged Markdown and text files only', () => {
    const cwd = repository({'old.md': 'Cures acne.\n'})
    mkdirSync(join(cwd, 'pages'))
    writeFileSync(join(cwd, 'pages/new.md'), 'Heals eczema.\n')
    writeFileSync(join(cwd, 'notes.txt'), 'Treats rosacea.\n')
    writeFileSync(join(cwd, 'script.js'), '// treats rosacea\n')
    writeFileSync(join(cwd, 'unstaged.md'), 'Cures eczema.\n')
    git(cwd, 'add', 'pages/new.md', 'notes.txt', 'script.js')
    const run = lint(cwd, ['--staged'])
    expect(json(run.stdout).map((result) => result.filePath.slice(cwd.length + 1))).toEqual(['notes.txt', 'pages/new.md'])
    expect(run.code).toBe(1)
  })

  it('skips a file that is not in the index: nothing of it would be committed', () => {
    const cwd = repository({'serum.md': legacy})
    writeFileSync(join(cwd, 'draft.md'), 'Cures acne.\n')
    const run = lint(cwd, ['--staged', 'draft.md'])
    expect(json(run.stdout)).toEqual([])
    expect(run.code).toBe(0)
  })

  it('with --changed-since HEAD, reports only what the commit introduces', () => {
    const cwd = repository({'serum.md': legacy})
    writeFileSync(join(cwd, 'serum.md'), `${legacy}\nHeals eczema.\n`)
    git(cwd, 'add', 'serum.md')
    // Unstaged lines above shift the working tree's line numbers; the staged text's are what count.
    writeFileSync(join(cwd, 'serum.md'), `New texture.\n\nCures acne.\n\n${legacy}\nHeals eczema.\n`)
    expect(findings(lint(cwd, ['--staged', '--changed-since', 'HEAD']).stdout)).toEqual([['disease-claim', 'Heals eczema']])
  })
})
