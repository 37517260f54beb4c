/** End-to-end tests of ignore files: `.claimlintignore`, `--ignore-path`, `--ignore-pattern`, `--no-ignore`. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, json, project} from './harness.js'

const cure = 'It cures acne.\n'
const ignoredWarning = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.'

function linted(cwd: string, args: string[]): string[] {
  return json(claimlint(cwd, [...args, '-f', 'json']).stdout).map((result) => result.filePath.slice(cwd.length + 1))
}

describe('ignore files', () => {
  it('skips files matched by .claimlintignore in the cwd, in gitignore syntax', () => {
    const cwd = project({'.claimlintignore': '# drafts are not published\ndrafts/\n*.old.md\n!keep.old.md\n', 'page.md': cure, 'drafts/a.md': cure, 'b.old.md': cure, 'keep.old.md': cure})
    expect(linted(cwd, [])).toEqual(['keep.old.md', 'page.md'])
  })

  it('applies the .claimlintignore beside a configuration to the files below it', () => {
    const cwd = project({'shop/.claimlintrc.json': '{}', 'shop/.claimlintignore': 'legacy.md\n', 'shop/legacy.md': cure, 'shop/page.md': cure, 'legacy.md': cure})
    expect(linted(cwd, [])).toEqual(['legacy.md', 'shop/page.md'])
  })

  it('uses the file named by --ignore-path instead of .claimlintignore', () => {
    const cwd = project({'.claimlintignore': 'a.md\n', 'review.ignore': 'b.md\n', 'a.md': cure, 'b.md': cure})
    expect(linted(cwd, ['--ignore-path', 'review.ignore'])).toEqual(['a.md'])
    expect(claimlint(cwd, ['--ignore-path', 'missing.ignore'])).toEqual({code: 2, stdout: '', stderr: 'claimlint: cannot read ignore file missing.ignore: no such file\n'})
  })

  it('skips files matching each --ignore-pattern', () => {
    const cwd = project({'a.md': cure, 'b.md': cure, 'c/d.md': cure})
    expect(linted(cwd, ['--ignore-pattern', 'a.md', '--ignore-pattern', 'c/'])).toEqual(['b.md'])
  })

  it('lints ignored files with --no-ignore', () => {
    const cwd = project({'.claimlintignore': '*.md\n', 'a.md': cure})
    expect(linted(cwd, ['--no-ignore'])).toEqual(['a.md'])
  })

  it('warns about an ignored file named on the command line, as ESLint does', () => {
    const cwd = project({'.claimlintignore': 'drafts/\n', 'drafts/a.md': cure})
    const {code, stdout} = claimlint(cwd, ['drafts/a.md', '-f', 'json'])
    expect(code).toBe(0)
    expect(json(stdout)).toEqual([
      {
        filePath: join(cwd, 'drafts/a.md'),
        messages: [{ruleId: null, severity: 1, message: ignoredWarning, line: 1, column: 1, source: 'claimlint'}],
        suppressedMessages: [],
        errorCount: 0,
        warningCount: 1,
        fatalErrorCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0
      }
    ])
    expect(claimlint(cwd, ['drafts/a.md', '--max-warnings', '0']).code).toBe(1)
  })

  it('warns about ignored standard input named by --stdin-filename and lints nothing', () => {
    const cwd = project({'.claimlintignore': 'drafts/\n'})
    const {code, stdout} = claimlint(cwd, ['--stdin', '--stdin-filename', 'drafts/a.md', '-f', 'json'], {input: cure})
    expect(code).toBe(0)
    expect(json(stdout)[0]!.messages.map((m) => m.message)).toEqual([ignoredWarning])
  })

  it('exits 2 when ignore files leave nothing of a folder given on the command line', () => {
    const cwd = project({'.claimlintignore': 'drafts/\n', 'drafts/a.md': cure})
    expect(claimlint(cwd, ['drafts'])).toEqual({code: 2, stdout: '', stderr: 'claimlint: all files matching the pattern `drafts` are ignored, use --no-ignore to lint them\n'})
  })
})
