/**
 * The entry of a lint worker thread when the CLI runs unbundled (dist/); the
 * bundle starts its own (scripts/bundle.js). See worker-main.ts.
 */
import {startWorker} from './worker-main.js'

await startWorker()
