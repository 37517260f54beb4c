/**
 * What claimlint writes (issue 7, security): nothing on a normal run; with
 * `--fix`, only the files it reports fixes for; the `--output-file` it was
 * given; the cache and baseline files only when asked. Every file of a
 * project (and its parent folder) is compared before and after each run.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, project} from './harness.js'

const fixable = '# Serum\n\nReduces fine lines.\n'
const unfixable = '# Balm\n\nCures acne.\n'
const clean = '# Mist\n\nHydrates skin.\n'

/** Every file under `folder` with its bytes and modification time (a symlink or folder by name only). */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, {withFileTypes: true})) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.set(relative(folder, path), `${statSync(path).mtimeMs} ${readFileSync(path, 'base64')}`)
    }
  }
  walk(folder)
  return files
}

/** Paths added, changed or removed between two snapshots. */
function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()])
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort()
}

/** A project in `site/` with a sibling folder `outside/` standing for everything else on the disk. */
function catalogue(): {top: string; cwd: string} {
  const top = project({
    'site/pages/serum.md': fixable,
    'site/pages/balm.md': unfixable,
    'site/pages/mist.md': clean,
    'site/pages/drafts/old.md': fixable,
    'site/.claimlintrc.yaml': 'extends: [recommended]\n',
    'site/.claimlintignore': 'pages/drafts/\n',
    'site/notes.txt': 'Reduces fine lines.\n',
    'outside/page.md': fixable
  })
  return {top, cwd: join(top, 'site')}
}

describe('what claimlint writes', () => {
  it('writes nothing on a normal run, whatever it finds', () => {
    const {top, cwd} = catalogue()
    const before = snapshot(top)
    expect(claimlint(cwd, ['pages', '-f', 'json']).code).toBe(1)
    expect(claimlint(cwd, ['pages', '../outside', '--fix-dry-run', '-f', 'json']).code).toBe(1)
    expect(changes(before, snapshot(top))).toEqual([])
  })

  it('with --fix, writes only the files it fixes and the --output-file it was given', () => {
    const {top, cwd} = catalogue()
    const before = snapshot(top)
    expect(claimlint(cwd, ['pages', '--fix', '-o', 'report/out.json', '-f', 'json']).code).toBe(1)
    expect(changes(before, snapshot(top))).toEqual(['site/pages/serum.md', 'site/report/out.json'])
    expect(readFileSync(join(cwd, 'pages/serum.md'), 'utf8')).toBe('# Serum\n\nReduces the appearance of fine lines.\n')
  })

  it('writes its cache and baseline files only when asked, where asked', () => {
    const {top, cwd} = catalogue()
    const before = snapshot(top)
    claimlint(cwd, ['pages', '--cache', '--cache-location', 'tmp/cache'])
    claimlint(cwd, ['pages', '--baseline-write=baseline.json'])
    expect(changes(before, snapshot(top))).toEqual(['site/baseline.json', 'site/tmp/cache'])
  })
})
