/** The `claimlint` command over the process's streams; cli.ts and the bundle (scripts/bundle.js) run it. */
import {fstatSync} from 'node:fs'
import {run, type Output} from './run.js'

/** The standard streams a run has opened (see `lazyOutput`). */
const opened: NodeJS.WriteStream[] = []

/** Run the command once with this process's arguments and streams; resolves to the exit code. */
export async function main(): Promise<number> {
  return run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdin: {[Symbol.asyncIterator]: () => processStdin()},
    stdout: lazyOutput(1, () => process.stdout),
    stderr: lazyOutput(2, () => process.stderr),
    env: process.env
  })
}

/** Resolves once everything the run wrote to standard output and error has been flushed. */
export async function outputWritten(): Promise<void> {
  // An empty write calls back after what was written before it (or with its error).
  await Promise.all(opened.map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
}

/**
 * Standard output or error, opened on first use. Node builds
 * `process.stderr` on a pipe as a socket, loading node:net (~4 ms of a
 * one-page run, issue 6), and most runs never write to it. Whether it is a
 * terminal is answered without opening it when it is not a character
 * device: a pipe or a file is never a terminal.
 */
function lazyOutput(fd: 1 | 2, open: () => NodeJS.WriteStream): Output {
  let stream: NodeJS.WriteStream | undefined
  const get = (): NodeJS.WriteStream => {
    if (stream === undefined) opened.push((stream = open()))
    return stream
  }
  return {
    write: (chunk: string) => get().write(chunk),
    get isTTY() {
      if (stream === undefined && !characterDevice(fd)) return false
      return get().isTTY === true
    }
  }
}

function characterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice()
  } catch {
    return true
  }
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
