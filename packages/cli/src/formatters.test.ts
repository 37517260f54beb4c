import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {formatterPackageName, isFormatterPath, loadFormatter} from './formatters.js'
import {UsageError} from './usage.js'

const folder = mkdtempSync(join(tmpdir(), 'claimlint-formatters-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('formatterPackageName', () => {
  it.each([
    ['foo', 'claimlint-formatter-foo'],
    ['claimlint-formatter-foo', 'claimlint-formatter-foo'],
    ['@acme/foo', '@acme/claimlint-formatter-foo'],
    ['@acme/claimlint-formatter-foo', '@acme/claimlint-formatter-foo'],
    ['@acme', '@acme/claimlint-formatter']
  ])('maps %s to %s, as ESLint names formatter packages', (name, expected) => {
    expect(formatterPackageName(name)).toBe(expected)
  })
})

describe('isFormatterPath', () => {
  it('treats names with a slash as paths, except scoped packages', () => {
    expect(isFormatterPath('./count.js')).toBe(true)
    expect(isFormatterPath('/abs/count.js')).toBe(true)
    expect(isFormatterPath('@acme/count')).toBe(false)
    expect(isFormatterPath('count')).toBe(false)
  })
})

describe('loadFormatter', () => {
  it('loads the built-in stylish and json formatters', async () => {
    const json = await loadFormatter('json', folder)
    expect(await json([], {cwd: folder, color: false, rulesMeta: {}})).toBe('[]\n')
    const stylish = await loadFormatter('stylish', folder)
    expect(await stylish([], {cwd: folder, color: false, rulesMeta: {}})).toBe('')
  })

  it('offers the json formatter’s report in chunks too, the same text as its string', async () => {
    const json = await loadFormatter('json', folder)
    const results = [{filePath: '/a.md', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}]
    const context = {cwd: folder, color: false, rulesMeta: {}}
    expect(json.chunks).toBeTypeOf('function')
    expect([...(json.chunks!(results, context) as Iterable<string>)].join('')).toBe(await json(results, context))
    expect((await loadFormatter('stylish', folder)).chunks).toBeUndefined()
  })

  it('loads a formatter module that only exports `formatChunks`, joining its chunks', async () => {
    writeFileSync(join(folder, 'only-chunks.mjs'), 'export async function* formatChunks(results) { yield "n="; yield `${results.length}\\n` }\n')
    const loaded = await loadFormatter('./only-chunks.mjs', folder)
    expect(await loaded([], {cwd: folder, color: false, rulesMeta: {}})).toBe('n=0\n')
  })

  it('marks the formatters that show file text, from their `needsSource` export', async () => {
    expect((await loadFormatter('html', folder)).needsSource).toBe(true)
    expect((await loadFormatter('json', folder)).needsSource).toBe(false)
    writeFileSync(join(folder, 'copy.mjs'), 'export const needsSource = true\nexport default (results) => `${results.length}\\n`\n')
    expect((await loadFormatter('./copy.mjs', folder)).needsSource).toBe(true)
  })

  it('loads the claims-csv and claims-json formatters, marked as needing the claims inventory', async () => {
    const csv = await loadFormatter('claims-csv', folder)
    expect(csv.needsClaims).toBe(true)
    expect(await csv([], {cwd: folder, color: false, rulesMeta: {}})).toMatch(/^page,line,column,/)
    const claims = await loadFormatter('claims-json', folder)
    expect(claims.needsClaims).toBe(true)
    expect(await claims([], {cwd: folder, color: false, rulesMeta: {}})).toBe('[]\n')
    expect((await loadFormatter('json', folder)).needsClaims).toBe(false)
  })

  it('loads a formatter from a path relative to cwd', async () => {
    writeFileSync(join(folder, 'count.mjs'), 'export default (results) => `${results.length} files\\n`\n')
    const count = await loadFormatter('./count.mjs', folder)
    expect(await count([], {cwd: folder, color: false, rulesMeta: {}})).toBe('0 files\n')
  })

  it('loads claimlint-formatter-<name> and @scope/claimlint-formatter-<name> from the project', async () => {
    for (const name of ['claimlint-formatter-names', '@acme/claimlint-formatter-names']) {
      const packageFolder = join(folder, 'node_modules', name)
      mkdirSync(packageFolder, {recursive: true})
      writeFileSync(join(packageFolder, 'package.json'), JSON.stringify({name, type: 'module', exports: {import: './index.js'}}))
      writeFileSync(join(packageFolder, 'index.js'), `export function format() { return ${JSON.stringify(name)} }\n`)
    }
    expect(await (await loadFormatter('names', folder))([], {cwd: folder, color: false, rulesMeta: {}})).toBe('claimlint-formatter-names')
    expect(await (await loadFormatter('@acme/names', folder))([], {cwd: folder, color: false, rulesMeta: {}})).toBe('@acme/claimlint-formatter-names')
  })

  it('reports an unknown formatter in one line naming the package it looked for', async () => {
    await expect(loadFormatter('nope', folder)).rejects.toThrow(UsageError)
    await expect(loadFormatter('nope', folder)).rejects.toThrow(/^cannot find formatter `nope`, expected stylish, json, a package `claimlint-formatter-nope` or a path$/)
    await expect(loadFormatter('./missing.js', folder)).rejects.toThrow(/^cannot find formatter `\.\/missing\.js`/)
  })

  it('rejects a module that exports no function', async () => {
    writeFileSync(join(folder, 'empty.mjs'), 'export const name = 1\n')
    await expect(loadFormatter('./empty.mjs', folder)).rejects.toThrow('Unexpected formatter `./empty.mjs`, expected a module exporting a function')
  })
})
