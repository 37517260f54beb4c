/** The `claimlint` command when it runs unbundled (dist/): runs once and sets the exit code. */
import {main} from './cli-main.js'

process.exitCode = await main()
