/**
 * `pnpm bench`: one run on this machine that measures, interleaved over
 * rounds, the parse floor, claimlint in-process, the claimlint CLI, the alex
 * CLI, cold starts, peak memory and lexicon scaling, and prints ratios
 * computed within the run. Results are written as JSON for the README.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {Linter, type DenyEntry} from '@claimlint/core'
import {presets, rules} from '@claimlint/rules'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {corpus, random} from './corpus.js'
import {runNode, runNodeTogether, summarize, time, type Summary} from './measure.js'

const {values} = parseArgs({
  options: {
    pages: {type: 'string', default: '2000'},
    rounds: {type: 'string', default: '5'},
    out: {type: 'string'},
    'skip-alex': {type: 'boolean', default: false}
  }
})
const pageCount = Number(values.pages)
const rounds = Number(values.rounds)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const cliBin = join(root, 'packages/cli/bin/claimlint.js')
const shareScript = fileURLToPath(new URL('./share.js', import.meta.url))
const alexBin = fileURLToPath(new URL('../node_modules/alex/cli.js', import.meta.url))
const resultsPath = values.out ?? join(root, 'packages/bench/results/latest.json')

function writeCorpus(folder: string, pages: Array<[string, string]>): void {
  mkdirSync(folder, {recursive: true})
  for (const [name, text] of pages) writeFileSync(join(folder, name), text)
}

/** Synthetic banned phrases that walk the trie on real copy words but never complete. */
function syntheticDeny(count: number): DenyEntry[] {
  const next = random(count)
  const words = ['skin', 'the', 'your', 'serum', 'looks', 'visibly', 'soft', 'glow', 'daily', 'our', 'with', 'hair', 'lashes', 'formula', 'reduces', 'fine', 'lines']
  return Array.from({length: count}, (_, i) => ({
    phrase: `${words[Math.floor(next() * words.length)]} ${words[Math.floor(next() * words.length)]} zq${i}x`
  }))
}

const work = mkdtempSync(join(tmpdir(), 'claimlint-bench-'))
const pages = corpus(pageCount)
const big = corpus(pageCount * 4, 7)
const corpusFolder = join(work, 'corpus')
const bigFolder = join(work, 'corpus-x4')
writeCorpus(corpusFolder, pages)
writeCorpus(bigFolder, big)
const small = join(work, 'small.md')
writeFileSync(small, '# Night Serum\n\nReduces the appearance of fine lines. Treats rosacea overnight.\n')

const floor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkRetext, ParseEnglish)
const recommended = new Linter({rules, settings: presets.recommended!})
const withDeny = Object.fromEntries(
  [100, 1000, 10000].map((n) => [n, new Linter({rules, settings: presets.recommended!, deny: syntheticDeny(n)})])
) as Record<number, Linter>

const series: Record<string, number[]> = {}
const add = (name: string, value: number): void => {
  ;(series[name] ??= []).push(value)
}

for (let round = 1; round <= rounds; round++) {
  process.stderr.write(`round ${round}/${rounds}\n`)
  add('parseFloor', time(() => {
    for (const [path, value] of pages) {
      const file = new VFile({path, value})
      floor.runSync(floor.parse(file), file)
    }
  }))
  add('claimlintInProcess', time(() => {
    for (const [path, value] of pages) recommended.lint({path, value})
  }))
  for (const n of [100, 1000, 10000]) {
    add(`lexicon${n}`, time(() => {
      for (const [path, value] of pages) withDeny[n]!.lint({path, value})
    }))
  }
  const cli = runNode([cliBin, corpusFolder, '--format', 'json', '--output-file', join(work, 'out.json')], work)
  add('claimlintCli', cli.ms)
  add('claimlintCliRss', cli.rssMb)
  add('claimlintCliCpu', cli.cpuMs)
  const cliParallel = runNode([cliBin, corpusFolder, '--concurrency', '2', '--format', 'json', '--output-file', join(work, 'out2.json')], work)
  add('claimlintCliConcurrency2', cliParallel.ms)
  add('claimlintCliConcurrency2Rss', cliParallel.rssMb)
  const cacheFile = join(work, 'bench.cache')
  rmSync(cacheFile, {force: true})
  add('claimlintCliCacheCold', runNode([cliBin, corpusFolder, '--cache', '--cache-location', cacheFile, '--format', 'json', '--output-file', join(work, 'out3.json')], work).ms)
  add('claimlintCliCacheWarm', runNode([cliBin, corpusFolder, '--cache', '--cache-location', cacheFile, '--format', 'json', '--output-file', join(work, 'out3.json')], work).ms)
  const cliBig = runNode([cliBin, bigFolder, '--format', 'json', '--output-file', join(work, 'out4.json')], work)
  add('claimlintCliX4Rss', cliBig.rssMb)
  // What two cores give this workload at best: the same in-process lint as
  // one process, then as two processes with half the files each, at once.
  add('shareOneProcess', await runNodeTogether([[shareScript, corpusFolder, '0', '1']], work))
  add('shareTwoProcesses', await runNodeTogether([[shareScript, corpusFolder, '0', '2'], [shareScript, corpusFolder, '1', '2']], work))
  if (!values['skip-alex']) {
    const alex = runNode([alexBin, corpusFolder], work)
    add('alexCli', alex.ms)
    add('alexCliRss', alex.rssMb)
    add('alexColdStart', runNode([alexBin, small], work).ms)
  }
  add('nodeColdStart', runNode(['-e', '0'], work).ms)
  add('claimlintColdStart', runNode([cliBin, small], work).ms)
}

const summary = Object.fromEntries(Object.entries(series).map(([name, list]) => [name, summarize(list)])) as Record<string, Summary>
const m = (name: string): number => summary[name]?.median ?? Number.NaN
const ratios = {
  rulesOverParse: m('claimlintInProcess') / m('parseFloor'),
  cliOverAlex: m('claimlintCli') / m('alexCli'),
  coldStartOverAlex: m('claimlintColdStart') / m('alexColdStart'),
  coldStartOverNode: m('claimlintColdStart') / m('nodeColdStart'),
  lexicon10000Over100: m('lexicon10000') / m('lexicon100'),
  memoryX4OverX1: m('claimlintCliX4Rss') / m('claimlintCliRss'),
  concurrency2Speedup: m('claimlintCli') / m('claimlintCliConcurrency2'),
  twoProcessesSpeedup: m('shareOneProcess') / m('shareTwoProcesses'),
  // The most any split of the single-thread run's work over two cores could
  // give: its wall time over half its CPU time (all threads, V8's included).
  twoCoreBound: m('claimlintCli') / (m('claimlintCliCpu') / 2),
  cacheWarmSpeedup: m('claimlintCliCacheCold') / m('claimlintCliCacheWarm')
}
const targets = {
  rulesOverParse: 1.3,
  cliOverAlex: 0.2,
  coldStartOverNode: 2,
  lexicon10000Over100: 1.25,
  memoryX4OverX1: 1.5
}
/** Targets that are floors (higher is better). */
const floors: Record<string, number> = {concurrency2Speedup: 1.7, cacheWarmSpeedup: 5}

const rows = Object.entries(summary).map(([name, s]) => {
  const unit = name.endsWith('Rss') ? 'MB' : 'ms'
  return `${name.padEnd(22)} ${s.median.toFixed(0).padStart(8)} ${unit}   (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`
})
process.stdout.write(`claimlint benchmark: ${pageCount} pages, ${rounds} rounds, Node ${process.version}\n\n${rows.join('\n')}\n\nRatios (medians, this run):\n`)
for (const [name, value] of Object.entries(ratios)) {
  const target = targets[name as keyof typeof targets]
  const floor = floors[name]
  const verdict =
    floor !== undefined
      ? value >= floor ? `  ✓ target ≥ ${floor}` : `  ✗ target ≥ ${floor}`
      : target === undefined || Number.isNaN(value) ? '' : value <= target ? `  ✓ target ≤ ${target}` : `  ✗ target ≤ ${target}`
  process.stdout.write(`  ${name.padEnd(22)} ${value.toFixed(3)}${verdict}\n`)
}
mkdirSync(join(resultsPath, '..'), {recursive: true})
writeFileSync(
  resultsPath,
  `${JSON.stringify({command: 'pnpm bench', date: new Date().toISOString(), node: process.version, pages: pageCount, rounds, summary, ratios, targets, floors}, null, 2)}\n`
)
process.stdout.write(`\nWritten to ${resultsPath}\n`)
rmSync(work, {recursive: true, force: true})
