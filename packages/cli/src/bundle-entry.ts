/**
 * What the bundled CLI exports (scripts/bundle.js bundles this module into
 * one CommonJS file that load-bundle.cts compiles with a code cache): the
 * command and the body of a lint worker thread.
 */
export {main, outputWritten} from './cli-main.js'

/** Start a lint worker; loaded on demand, so that the command never loads worker_threads. */
export async function startWorker(): Promise<void> {
  const {startWorker} = await import('./worker-main.js')
  await startWorker()
}
