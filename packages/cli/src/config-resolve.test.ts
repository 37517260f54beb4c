import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {defineRule} from '@claimlint/core'
import {afterAll, describe, expect, it} from 'vitest'
import {ConfigResolver, printableConfig, type BuiltIns} from './config-resolve.js'

const rule = (id: string, severity: 'warn' | 'error') =>
  defineRule({
    meta: {id, description: id, family: 0, kind: id, rationale: '', basis: {}, references: [], severity, fixable: false, remedy: 'fix it'},
    lexicon: {entries: [{phrases: [id.replace('-', ' ')], note: 'A test note.'}]}
  })

const builtIns: BuiltIns = {
  rules: [rule('proof-claim', 'warn'), rule('cure-claim', 'error')],
  presets: {recommended: {'proof-claim': 'warn', 'cure-claim': 'error'}, strict: {'proof-claim': 'error', 'cure-claim': 'error'}},
  jurisdictionPresets: {us: {jurisdictions: ['us']}, eu: {jurisdictions: ['eu']}}
}

const folder = mkdtempSync(join(tmpdir(), 'claimlint-resolve-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function resolveData(data: unknown) {
  return new ConfigResolver(builtIns, (path) => path.slice(folder.length + 1)).resolve({path: join(folder, '.claimlintrc.json'), data, trusted: true})
}

describe('ConfigResolver', () => {
  it('starts from recommended in the US when a file sets nothing', async () => {
    expect(printableConfig(await resolveData({}))).toMatchObject({rules: {'proof-claim': 'warn', 'cure-claim': 'error'}, jurisdictions: ['us']})
  })

  it('applies extends in order, then the file’s own rules', async () => {
    const config = await resolveData({extends: ['strict', 'eu', 'us'], rules: {'cure-claim': 'off'}})
    expect(config.rules).toEqual({'proof-claim': 'error', 'cure-claim': 'off'})
    expect(config.jurisdictions).toEqual(['eu', 'us'])
  })

  it('lets `jurisdictions` replace the markets of presets', async () => {
    expect((await resolveData({extends: ['eu'], jurisdictions: ['us']})).jurisdictions).toEqual(['us'])
  })

  it('keeps options set by an extended config when a file changes only the severity, as ESLint does', async () => {
    writeFileSync(join(folder, 'base.json'), JSON.stringify({rules: {'proof-claim': ['error', {window: 3}]}, allow: ['Acne Cure']}))
    const config = await resolveData({extends: ['./base.json'], rules: {'proof-claim': 'warn'}, allow: ['Acne Cure', 'Glow']})
    expect(config.rules['proof-claim']).toEqual(['warn', {window: 3}])
    expect(config.allow).toEqual(['Acne Cure', 'Glow'])
  })

  it('reports a circular extends in one line', async () => {
    writeFileSync(join(folder, 'loop.json'), JSON.stringify({extends: ['./loop.json']}))
    await expect(resolveData({extends: ['./loop.json']})).rejects.toThrow('Unexpected circular `extends` of loop.json in loop.json')
  })

  it('refuses code for a configuration outside the project', async () => {
    const resolver = new ConfigResolver(builtIns, (path) => path)
    await expect(resolver.resolve({path: '/elsewhere/.claimlintrc.json', data: {plugins: ['x']}, trusted: false})).rejects.toThrow(
      'Refusing to load plugin `x` for /elsewhere/.claimlintrc.json: a configuration outside the project loads code only when named with --config'
    )
  })
})
