/**
 * `--concurrency`: how many lint worker threads a run starts. Apart from
 * pool.ts, so that a run linting in one thread never loads worker_threads.
 */
import {availableParallelism} from 'node:os'
import {UsageError} from './usage.js'

/** Parse `--concurrency <n|auto>` (`auto`: see `workerCount`). */
export function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto'
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1) {
    throw new UsageError(`Unexpected --concurrency \`${value}\`, expected a positive whole number or auto`)
  }
  return count
}

/** Files each worker should have at least under `auto`: a worker pays its own start-up (parser and lexicons). */
const filesPerWorker = 32

/**
 * How many workers to start for `files` files: 1 means lint in the main
 * thread. `auto` takes half the cores, as ESLint does: one linting thread
 * already keeps about 1.2 cores busy (V8 marks and scavenges on another), so
 * on 2 cores two workers gained only 1.15 × for 60 % more memory (`pnpm bench`).
 */
export function workerCount(requested: number | 'auto', files: number, cores = availableParallelism()): number {
  const wanted = requested === 'auto' ? Math.min(Math.floor(cores / 2), Math.floor(files / filesPerWorker)) : requested
  return Math.max(1, Math.min(wanted, files))
}
