import {mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {IgnoreMatcher} from './ignore-files.js'

const cwd = mkdtempSync(join(tmpdir(), 'claimlint-ignore-'))
afterAll(() => rmSync(cwd, {recursive: true, force: true}))
mkdirSync(join(cwd, 'shop'))
writeFileSync(join(cwd, '.claimlintignore'), 'drafts/\n')
writeFileSync(join(cwd, 'shop/.claimlintignore'), 'old.md\n')

const create = (options: Partial<Parameters<typeof IgnoreMatcher.create>[0]> = {}) =>
  IgnoreMatcher.create({cwd, enabled: true, patterns: [], display: (path) => path, ...options})

describe('IgnoreMatcher', () => {
  it('reads the cwd’s .claimlintignore and the one beside the configuration, each for its own folder', async () => {
    const matcher = await create()
    expect(await matcher.ignores(join(cwd, 'drafts/a.md'))).toBe(true)
    expect(await matcher.ignores(join(cwd, 'shop/old.md'))).toBe(false)
    expect(await matcher.ignores(join(cwd, 'shop/old.md'), join(cwd, 'shop/.claimlintrc.json'))).toBe(true)
    expect(await matcher.ignores(join(cwd, 'old.md'), join(cwd, 'shop/.claimlintrc.json'))).toBe(false)
  })

  it('never ignores a file outside the folder of the patterns', async () => {
    expect(await (await create({patterns: ['*.md']})).ignores(join(tmpdir(), 'elsewhere.md'))).toBe(false)
  })

  it('ignores nothing when turned off', async () => {
    expect(await (await create({enabled: false})).ignores(join(cwd, 'drafts/a.md'))).toBe(false)
  })
})
