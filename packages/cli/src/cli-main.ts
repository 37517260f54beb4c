/** The `claimlint` command over the process's streams; cli.ts and the bundle (scripts/bundle.js) run it. */
import {fstatSync} from 'node:fs'
import {run} from './run.js'

/** Run the command once with this process's arguments and streams; resolves to the exit code. */
export async function main(): Promise<number> {
  return run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdin: {[Symbol.asyncIterator]: () => processStdin()},
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  })
}

/**
 * Standard input, touched only when --stdin reads it: creating the stream
 * early can keep a pre-commit hook waiting on an open terminal.
 */
async function* processStdin(): AsyncGenerator<Uint8Array | string> {
  // Node turns a directory on fd 0 (`claimlint --stdin < pages`) into an
  // empty stream, which would pass as empty copy; say what it is instead.
  let isDirectory = false
  try {
    isDirectory = fstatSync(0).isDirectory()
  } catch {
    // No usable fd 0 (closed): let the stream report it.
  }
  if (isDirectory) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), {code: 'EISDIR'})
  yield* process.stdin as AsyncIterable<Uint8Array | string>
}
