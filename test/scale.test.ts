import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, json, project} from './harness.js'

/** A small catalogue: a third of the pages carry a claim. */
function catalogue(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const name = `pages/page-${String(index).padStart(3, '0')}.md`
    files[name] = index % 3 === 0
      ? `# Serum ${index}\n\nOur serum treats rosacea. Reduces fine lines.\n`
      : `# Serum ${index}\n\nLeaves skin feeling soft.\n`
  }
  return files
}

describe('--concurrency', () => {
  it('prints byte-identical output at any number of workers', () => {
    const cwd = project(catalogue(40))
    const single = claimlint(cwd, ['pages', '--format', 'json'])
    const parallel = claimlint(cwd, ['pages', '--format', 'json', '--concurrency', '3'])
    const auto = claimlint(cwd, ['pages', '--concurrency', 'auto'])
    expect(single.code).toBe(1)
    expect(parallel.code).toBe(1)
    expect(parallel.stdout).toBe(single.stdout)
    expect(auto.stdout).toBe(claimlint(cwd, ['pages']).stdout)
    expect(json(single.stdout)).toHaveLength(40)
  })

  it('stops at a broken configuration found after its workers started, and exits', () => {
    const cwd = project({...catalogue(40), 'pages/.claimlintrc.json': JSON.stringify({rules: {'no-such-rule': 'error'}})})
    // A worker left running would keep the process alive until the timeout, and `code` would be null.
    const run = claimlint(cwd, ['pages', '--concurrency', '2', '--format', 'json'], {timeout: 60000})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Unknown rule `no-such-rule`')
  })

  it('still reports an unreadable file and lints the others in workers', () => {
    const cwd = project({...catalogue(4), 'pages/broken.md': '\u0000\u0001binary'})
    const run = claimlint(cwd, ['pages', '--concurrency', '2', '--format', 'json'])
    expect(json(run.stdout).length).toBeGreaterThanOrEqual(4)
    expect(run.code).toBe(2)
  })
})

describe('--cache', () => {
  it('reuses results of unchanged files and relints exactly what changed', () => {
    const cwd = project(catalogue(6))
    const first = claimlint(cwd, ['pages', '--cache', '--format', 'json'])
    const cache = JSON.parse(readFileSync(join(cwd, '.claimlintcache'), 'utf8')) as {entries: Record<string, unknown>}
    expect(Object.keys(cache.entries)).toHaveLength(6)

    // A cached result is returned as it was stored: mark one to prove it is reused.
    const path = Object.keys(cache.entries).find((key) => key.endsWith('page-000.md'))!
    const entry = cache.entries[path] as {result: {messages: Array<{message: string}>}}
    entry.result.messages[0]!.message = 'from the cache'
    writeFileSync(join(cwd, '.claimlintcache'), JSON.stringify(cache))
    const second = claimlint(cwd, ['pages', '--cache', '--format', 'json'])
    expect(json(second.stdout)[0]!.messages[0]!.message).toBe('from the cache')

    // A changed file is linted again; the others stay cached.
    writeFileSync(join(cwd, 'pages/page-000.md'), '# Serum\n\nOur serum heals eczema.\n')
    const third = claimlint(cwd, ['pages', '--cache', '--format', 'json'])
    expect(json(third.stdout)[0]!.messages.map((m) => m.actual)).toEqual(['heals eczema'])
    expect(json(third.stdout).slice(1)).toEqual(json(first.stdout).slice(1))
  })

  it('is invalidated by a changed configuration', () => {
    const cwd = project(catalogue(3))
    claimlint(cwd, ['pages', '--cache'])
    writeFileSync(join(cwd, '.claimlintrc.json'), JSON.stringify({rules: {'disease-claim': 'off'}}))
    const run = claimlint(cwd, ['pages', '--cache', '--format', 'json'])
    expect(json(run.stdout).flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain('disease-claim')
  })

  it('writes where --cache-location says', () => {
    const cwd = project(catalogue(2))
    claimlint(cwd, ['pages', '--cache', '--cache-location', 'custom.cache'])
    expect(Object.keys(JSON.parse(readFileSync(join(cwd, 'custom.cache'), 'utf8')).entries)).toHaveLength(2)
  })
})

describe('--shard and --merge-results', () => {
  it('splits the files so every file is in exactly one shard, and merges the reports back', () => {
    const cwd = project(catalogue(10))
    const whole = claimlint(cwd, ['pages', '--format', 'json'])
    const shards = [1, 2, 3].map((index) => claimlint(cwd, ['pages', '--format', 'json', '--shard', `${index}/3`]))
    const files = shards.flatMap((shard) => json(shard.stdout).map((result) => result.filePath))
    expect(files.sort()).toEqual(json(whole.stdout).map((result) => result.filePath).sort())
    expect(shards.map((shard) => json(shard.stdout).length)).toEqual([4, 3, 3])

    shards.forEach((shard, index) => writeFileSync(join(cwd, `shard-${index}.json`), shard.stdout))
    const merged = claimlint(cwd, ['--merge-results', 'shard-2.json', 'shard-0.json', 'shard-1.json', '--format', 'json'])
    expect(merged.code).toBe(1)
    expect(merged.stdout).toBe(whole.stdout)
    const sarif = claimlint(cwd, ['--merge-results', 'shard-0.json', 'shard-1.json', 'shard-2.json', '--format', 'sarif'])
    expect(JSON.parse(sarif.stdout).runs[0].results.length).toBe(json(whole.stdout).reduce((n, r) => n + r.messages.length, 0))
  })

  it('rejects a report that is not claimlint JSON with one line', () => {
    const cwd = project({'bad.json': '{"not": "results"}'})
    const run = claimlint(cwd, ['--merge-results', 'bad.json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('claimlint: cannot merge bad.json: expected the output of --format json\n')
  })
})
