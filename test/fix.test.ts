/** End-to-end tests of `--fix` and `--fix-dry-run` with the appearance-claim rule's fixes. */
import {chmodSync, readdirSync, readFileSync, statSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, json, project} from './harness.js'

const page = '# Night serum\n\nIt reduces fine lines, smooths wrinkles and cures acne.\r\nShrinks pores.\n'
const fixed = '# Night serum\n\nIt reduces the appearance of fine lines, smooths the look of wrinkles and cures acne.\r\nShrinks the appearance of pores.\n'

describe('--fix', () => {
  it('writes the fixed text, touching only the reported ranges, and reports what is left', () => {
    const cwd = project({'page.md': page})
    const {code, stdout} = claimlint(cwd, ['page.md', '--fix', '-f', 'json'])
    expect(readFileSync(join(cwd, 'page.md'), 'utf8')).toBe(fixed)
    expect(code).toBe(1)
    const [result] = json(stdout)
    // Remaining findings are those of the fixed text, at its positions.
    expect(result!.messages.map((m) => [m.ruleId, m.actual, m.line, m.column])).toEqual([['disease-claim', 'cures acne', 3, 75]])
    expect(result!.output).toBe(fixed)
  })

  it('changes nothing the second time', () => {
    const cwd = project({'page.md': page})
    claimlint(cwd, ['page.md', '--fix'])
    const before = statSync(join(cwd, 'page.md')).mtimeMs
    const second = claimlint(cwd, ['page.md', '--fix', '-f', 'json'])
    expect(json(second.stdout)[0]!.output).toBeUndefined()
    expect(readFileSync(join(cwd, 'page.md'), 'utf8')).toBe(fixed)
    expect(statSync(join(cwd, 'page.md')).mtimeMs).toBe(before)
  })

  it('keeps the file mode and a byte order mark, leaves no temporary file, and writes through a symbolic link', () => {
    const cwd = project({'page.md': `\uFEFF${page}`})
    chmodSync(join(cwd, 'page.md'), 0o640)
    symlinkSync('page.md', join(cwd, 'link.md'))
    claimlint(cwd, ['link.md', '--fix'])
    expect(readFileSync(join(cwd, 'page.md'), 'utf8')).toBe(`\uFEFF${fixed}`)
    expect(statSync(join(cwd, 'page.md')).mode & 0o777).toBe(0o640)
    expect(readdirSync(cwd).sort()).toEqual(['link.md', 'page.md'])
  })

  it('leaves a finding silenced by a control comment as written', () => {
    const text = '<!--claimlint ignore appearance-claim -- approved wording, REG-9-->\nShrinks pores.\n\nShrinks pores.\n'
    const cwd = project({'page.md': text})
    claimlint(cwd, ['page.md', '--fix'])
    expect(readFileSync(join(cwd, 'page.md'), 'utf8')).toBe(text.replace(/Shrinks pores\.\n$/, 'Shrinks the appearance of pores.\n'))
  })

  it('does not write a file that has nothing to fix', () => {
    const cwd = project({'page.md': 'It cures acne.\n'})
    const before = statSync(join(cwd, 'page.md')).mtimeMs
    expect(claimlint(cwd, ['page.md', '--fix']).code).toBe(1)
    expect(statSync(join(cwd, 'page.md')).mtimeMs).toBe(before)
  })
})

describe('--fix-dry-run', () => {
  it('puts the fixed text in the JSON results and writes nothing', () => {
    const cwd = project({'page.md': page})
    const {code, stdout} = claimlint(cwd, ['page.md', '--fix-dry-run', '-f', 'json'])
    expect(code).toBe(1)
    expect(json(stdout)[0]!.output).toBe(fixed)
    expect(readFileSync(join(cwd, 'page.md'), 'utf8')).toBe(page)
  })

  it('fixes standard input into the JSON results', () => {
    const cwd = project({})
    const {stdout} = claimlint(cwd, ['--stdin', '--fix-dry-run', '-f', 'json'], {input: 'Fades age spots.\n'})
    expect(json(stdout)[0]).toMatchObject({messages: [], output: 'Fades the appearance of age spots.\n'})
  })
})

describe('--fix with --stdin', () => {
  it('prints the fixed text on standard output and the remaining findings on standard error', () => {
    const cwd = project({})
    const {code, stdout, stderr} = claimlint(cwd, ['--stdin', '--fix', '--stdin-filename', 'copy.md'], {input: 'Firms sagging skin. It cures acne.\n'})
    expect(stdout).toBe('Firms the look of sagging skin. It cures acne.\n')
    expect(stderr).toMatch(/^copy\.md\n1:36-1:46 +error +Unexpected disease claim `cures acne`/)
    expect(code).toBe(1)
  })

  it('prints unchanged text when there is nothing to fix', () => {
    const cwd = project({})
    expect(claimlint(cwd, ['--stdin', '--fix'], {input: 'Soft skin.\n'})).toEqual({code: 0, stdout: 'Soft skin.\n', stderr: ''})
  })
})
