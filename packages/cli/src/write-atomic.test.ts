import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {writeFileAtomic} from './write-atomic.js'

const folder = mkdtempSync(join(tmpdir(), 'claimlint-write-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const path = join(folder, 'page.md')
    writeFileSync(path, 'old')
    chmodSync(path, 0o604)
    await writeFileAtomic(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(statSync(path).mode & 0o777).toBe(0o604)
    expect(readdirSync(folder)).toEqual(['page.md'])
  })

  it('fails on a missing file without creating it', async () => {
    await expect(writeFileAtomic(join(folder, 'missing.md'), 'x')).rejects.toThrow(/ENOENT/)
    expect(readdirSync(folder)).not.toContain('missing.md')
  })
})
