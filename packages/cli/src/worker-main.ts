/**
 * What a lint worker thread (`--concurrency`) runs: it resolves configurations itself,
 * the same way the main thread does, reads and lints the batches of files it
 * is sent and posts back plain outcomes, a message per batch. The main
 * thread keeps the order of the file list, so output is the same at any
 * concurrency.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {ConfigurationsOptions} from './configurations.js'
import {lintFile, type FixMode, type Outcome} from './lint-job.js'

/** What a worker is started with. */
export interface WorkerSetup {
  configurations: Omit<ConfigurationsOptions, 'builtIns' | 'display'>
  mode: FixMode
}

/** A file to lint. */
export interface WorkerJob {
  id: number
  filePath: string
  name: string
}

/** Run as a lint worker: load the linter, then lint the batches the main thread sends. */
export async function startWorker(): Promise<void> {
  const setup = workerData as WorkerSetup
  const [{rules, presets, jurisdictionPresets}, {Configurations}, {displayPath}] = await Promise.all([
    import('@claimlint/rules'),
    import('./configurations.js'),
    import('./files.js')
  ])
  const configurations = await Configurations.create({
    ...setup.configurations,
    builtIns: {rules, presets, jurisdictionPresets},
    display: (path) => displayPath(path, setup.configurations.cwd)
  })

  parentPort!.on('message', (message: {jobs: WorkerJob[]}) => {
    void (async () => {
      // A batch of files, linted in order; their outcomes go back in one message.
      const outcomes: Array<{id: number; outcome: Outcome}> = []
      for (const job of message.jobs) {
        try {
          outcomes.push({id: job.id, outcome: await lintFile(job, await configurations.setupFor(job.filePath), setup.mode)})
        } catch (error) {
          outcomes.push({id: job.id, outcome: {failure: `cannot lint ${job.name}: ${error instanceof Error ? error.message : String(error)}`}})
        }
      }
      parentPort!.postMessage({outcomes})
    })()
  })
  parentPort!.postMessage({ready: true})
}
