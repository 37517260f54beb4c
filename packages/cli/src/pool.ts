/**
 * A pool of lint worker threads for `--concurrency`. Files are handed out
 * one at a time to whichever worker is free (pages differ in size), and
 * outcomes are returned in the order of the file list.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Outcome} from './lint-job.js'
import {UsageError} from './usage.js'
import type {WorkerJob, WorkerSetup} from './worker.js'

/** Parse `--concurrency <n|auto>`: `auto` is one worker per core, at most one per file. */
export function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto'
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1) {
    throw new UsageError(`Unexpected --concurrency \`${value}\`, expected a positive whole number or auto`)
  }
  return count
}

/** How many workers to start for `files` files: 1 means lint in the main thread. */
export function workerCount(requested: number | 'auto', files: number): number {
  // Each worker pays the start-up (parser and lexicons); below a few dozen
  // pages that costs more than it saves.
  const wanted = requested === 'auto' ? (files < 32 ? 1 : availableParallelism()) : requested
  return Math.max(1, Math.min(wanted, files))
}

/** Lint files in `count` worker threads; outcomes come back in file order, and `onOutcome` hears of each as it arrives. */
export async function lintInWorkers(
  files: ReadonlyArray<{filePath: string; name: string}>,
  count: number,
  setup: WorkerSetup,
  onOutcome?: () => void
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(files.length)
  let next = 0
  const workers = Array.from({length: count}, () => new Worker(new URL('./worker.js', import.meta.url), {workerData: setup}))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              const id = next++
              const job: WorkerJob = {id, ...files[id]!}
              worker.postMessage(job)
            }
            let inFlight = 0
            worker.on('message', (message: {ready?: true; id?: number; outcome?: Outcome}) => {
              if (message.id !== undefined && message.outcome) {
                outcomes[message.id] = message.outcome
                inFlight--
                onOutcome?.()
              }
              // Keep two files queued per worker, so it never waits on the main thread between files.
              while (inFlight < 2 && next < files.length) {
                inFlight++
                send()
              }
              if (inFlight === 0) resolve()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (next < files.length || code !== 0) reject(new Error(`a lint worker stopped (exit code ${code})`))
            })
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return outcomes
}
