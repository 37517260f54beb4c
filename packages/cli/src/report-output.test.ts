import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {isReport, writeReportFile, writeReportTo} from './report-output.js'

const folder = mkdtempSync(join(tmpdir(), 'claimlint-report-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

async function* slowly(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield await Promise.resolve(chunk)
}

describe('writeReportTo', () => {
  it('writes a string report in one write, and nothing for an empty one', async () => {
    const writes: string[] = []
    await writeReportTo('a report\n', (text) => writes.push(text))
    await writeReportTo('', (text) => writes.push(text))
    expect(writes).toEqual(['a report\n'])
  })

  it('writes chunks, sync or async, as the same text as their string', async () => {
    const chunks = ['[', '{"a":1}', ',{"b":"é§"}', '', ']\n']
    for (const report of [chunks, slowly(chunks)]) {
      const writes: string[] = []
      await writeReportTo(report, (text) => writes.push(text))
      expect(writes.join('')).toBe(chunks.join(''))
    }
  })

  it('writes a large report in pieces of about 64 K characters, not as one string', async () => {
    const chunks = Array.from({length: 1000}, (_, index) => `${String(index).padStart(200, '.')}\n`)
    const writes: string[] = []
    await writeReportTo(chunks, (text) => writes.push(text))
    expect(writes.join('')).toBe(chunks.join(''))
    expect(writes.length).toBeGreaterThan(2)
    expect(Math.max(...writes.map((text) => text.length))).toBeLessThan(65536 + 202)
  })

  it('writes nothing for a report of empty chunks', async () => {
    const writes: string[] = []
    await writeReportTo(['', ''], (text) => writes.push(text))
    expect(writes).toEqual([])
  })

  it('rejects a chunk that is not a string', async () => {
    await expect(writeReportTo([1 as unknown as string], () => undefined)).rejects.toThrow('Unexpected report chunk of type number, expected a string')
  })
})

describe('writeReportFile', () => {
  it('writes the same bytes for a string and for its chunks, replacing the file', async () => {
    const text = `${'x'.repeat(70000)}é\n`
    const asString = join(folder, 'string.json')
    const asChunks = join(folder, 'chunks.json')
    await writeReportFile(asChunks, 'old content that is longer than nothing')
    await writeReportFile(asString, text)
    await writeReportFile(asChunks, slowly([text.slice(0, 100), text.slice(100, 69999), text.slice(69999)]))
    expect(readFileSync(asChunks)).toEqual(readFileSync(asString))
    expect(readFileSync(asString, 'utf8')).toBe(text)
  })
})

describe('isReport', () => {
  it('accepts strings and iterables of them, not other values', () => {
    expect(isReport('')).toBe(true)
    expect(isReport(['a'])).toBe(true)
    expect(isReport(slowly(['a']))).toBe(true)
    expect(isReport(undefined)).toBe(false)
    expect(isReport(42)).toBe(false)
    expect(isReport({})).toBe(false)
  })
})
