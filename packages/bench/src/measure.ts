/** Timing helpers for the benchmark: in-process runs and whole processes with their peak memory. */
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const preload = fileURLToPath(new URL('../maxrss.cjs', import.meta.url))

/** One timed process run. */
export interface ProcessRun {
  ms: number
  /** Peak resident set size in MB. */
  rssMb: number
  /** CPU time of all the process's threads (user + system) in ms. */
  cpuMs: number
  status: number | null
}

/** Run `node <args>` to completion and measure wall time and peak RSS. */
export function runNode(args: readonly string[], cwd: string): ProcessRun {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-rss-'))
  const rssFile = join(folder, 'rss')
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd,
    env: {...process.env, CLAIMLINT_BENCH_RSS: rssFile, NO_COLOR: '1'},
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  })
  const ms = performance.now() - start
  let rssMb = Number.NaN
  let cpuMs = Number.NaN
  try {
    const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number)
    rssMb = rss! / 1024
    cpuMs = cpu! / 1000
  } catch {
    // The process died before its exit hook ran; the status says so.
  }
  rmSync(folder, {recursive: true, force: true})
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  }
  return {ms, rssMb, cpuMs, status: result.status}
}

/** Run several `node <args>` processes at once; milliseconds until the last one exits. */
export async function runNodeTogether(runs: ReadonlyArray<readonly string[]>, cwd: string): Promise<number> {
  const start = performance.now()
  await Promise.all(
    runs.map(
      (args) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, args, {cwd, stdio: ['ignore', 'ignore', 'inherit']})
          child.on('error', reject)
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited with ${code}`))))
        })
    )
  )
  return performance.now() - start
}

/** Time a synchronous function in milliseconds. */
export function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Median, minimum and maximum of a series. */
export interface Summary {
  median: number
  min: number
  max: number
}

/** Summarise a series of measurements. */
export function summarize(values: readonly number[]): Summary {
  return {median: median(values), min: Math.min(...values), max: Math.max(...values)}
}
