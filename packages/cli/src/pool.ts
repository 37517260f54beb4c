/**
 * A pool of lint worker threads for `--concurrency`. Files are handed out
 * in small batches to whichever worker is free (pages differ in size), and
 * outcomes are returned in the order of the file list.
 */
import {Worker} from 'node:worker_threads'
import type {Outcome} from './lint-job.js'
import type {WorkerJob, WorkerSetup} from './worker-main.js'

/**
 * A worker's young generation, larger than V8's default: parsing a page
 * makes short-lived trees, and more room for them means fewer of them
 * survive into the old generation. Two workers over the 2,000-page bench
 * corpus took ~7 % less time and ~9 % less CPU, for ~35 MB more each.
 */
const workerLimits = {maxYoungGenerationSizeMb: 64}

/** Files handed to a worker at once, at most: fewer messages, but small enough to share the last files out evenly. */
const maxBatch = 16

/**
 * Worker threads that lint files. They are started as soon as the run
 * knows it will use them, so that loading the linter in each worker
 * overlaps with the main thread finding files and checking their
 * configurations (issue 6); files are then handed out in small batches to
 * whichever worker is free (pages differ in size), and outcomes come back
 * in the order of the file list.
 */
export class LintPool {
  readonly #workers: Worker[]
  /** A worker that failed or stopped before its files were done. */
  #broken: Error | undefined
  #onBroken: ((error: Error) => void) | undefined

  private constructor(workers: Worker[]) {
    this.#workers = workers
  }

  /** Start `count` workers with what they need to find configurations. */
  static start(count: number, setup: WorkerSetup): LintPool {
    const workers = Array.from({length: count}, () => new Worker(new URL('./worker.js', import.meta.url), {workerData: setup, resourceLimits: workerLimits}))
    const pool = new LintPool(workers)
    for (const worker of workers) {
      worker.on('error', (error) => pool.#fail(error))
      worker.on('exit', (code) => pool.#fail(new Error(`a lint worker stopped (exit code ${code})`)))
    }
    return pool
  }

  /** Number of workers. */
  get size(): number {
    return this.#workers.length
  }

  #fail(error: Error): void {
    this.#broken ??= error
    this.#onBroken?.(this.#broken)
  }

  /** Lint files; outcomes come back in file order, and `onOutcome` hears of each as it arrives. */
  async lint(files: ReadonlyArray<{filePath: string; name: string}>, onOutcome?: () => void): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(files.length)
    let next = 0
    let done = 0
    const batchSize = (): number => Math.max(1, Math.min(maxBatch, Math.floor((files.length - next) / (this.#workers.length * 4))))
    await new Promise<void>((resolve, reject) => {
      if (this.#broken) return reject(this.#broken)
      this.#onBroken = reject
      if (files.length === 0) return resolve()
      for (const worker of this.#workers) {
        let inFlight = 0
        const send = (): void => {
          // Two batches queued per worker, so it never waits on the main thread between files.
          while (inFlight < 2 && next < files.length) {
            const size = batchSize()
            const jobs: WorkerJob[] = []
            for (const last = Math.min(files.length, next + size); next < last; next++) jobs.push({id: next, ...files[next]!})
            inFlight++
            worker.postMessage({jobs})
          }
        }
        worker.on('message', (message: {outcomes?: Array<{id: number; outcome: Outcome}>}) => {
          if (message.outcomes) {
            inFlight--
            for (const {id, outcome} of message.outcomes) {
              outcomes[id] = outcome
              done++
              onOutcome?.()
            }
          }
          if (done === files.length) resolve()
          else send()
        })
        // Workers that are already loaded take files now; the others ask with their `ready` message.
        send()
      }
    })
    return outcomes
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.#onBroken = undefined
    for (const worker of this.#workers) worker.removeAllListeners('exit')
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }
}
