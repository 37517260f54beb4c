/**
 * Running `git` for `--changed-since` and `--staged`: one child process per
 * question, output as bytes, failures as one-line GitErrors.
 */
import {spawn} from 'node:child_process'
import {resolve} from 'node:path'
import {UsageError} from './usage.js'

/** A git command that failed; the message is git's first line of complaint. */
export class GitError extends UsageError {
  override name = 'GitError'
}

/**
 * Settings that change the shape of git's output and would break parsing:
 * `core.quotePath` quotes non-ASCII paths, `diff.relative` and
 * `diff.noprefix` change the paths in diff headers.
 */
const neutralConfig = ['-c', 'core.quotePath=false', '-c', 'diff.relative=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false']

/** Run git in `cwd` and return its standard output; throws a GitError on a non-zero exit. */
export function git(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    const child = spawn('git', [...neutralConfig, ...args], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      fail(error.code === 'ENOENT' ? new GitError('git was not found on the PATH', {cause: error}) : error)
    })
    child.on('close', (code) => {
      if (code === 0) return done(Buffer.concat(out))
      const reason = Buffer.concat(err).toString('utf8').split('\n').find((line) => line.trim() !== '') ?? `exit code ${code}`
      fail(new GitError(reason.replace(/^(?:fatal|error): /, '')))
    })
    // git may exit before reading all of its input (a bad object name); that is reported through its exit code.
    child.stdin.on('error', () => {})
    child.stdin.end(input ?? '')
  })
}

/** Where the work tree of the repository holding `cwd` is, as seen from `cwd`. */
export interface Repository {
  /** The work tree's root, built from `cwd` (not resolved through symbolic links, so it matches paths under `cwd`). */
  root: string
}

/** Find the repository of `cwd`, or throw a one-line GitError naming the option that needs it. */
export async function repositoryOf(cwd: string, option: string): Promise<Repository> {
  let cdup: string
  try {
    cdup = (await git(['rev-parse', '--show-cdup'], cwd)).toString('utf8').trim()
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`${option} needs a git repository, and ${cwd} is not in one`, {cause: error})
    }
    throw error
  }
  // `--show-cdup` is `../../` from a subfolder: resolving it against the cwd
  // keeps the cwd's spelling, where `--show-toplevel` would resolve symbolic
  // links (macOS `/tmp` is `/private/tmp`) and no linted path would match.
  return {root: resolve(cwd, cdup)}
}

/** Turn a git path in C-style quotes (`"caf\303\251.md"`) back into the path. */
export function unquotePath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path
  const bytes: number[] = []
  const body = path.slice(1, -1)
  const escapes: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = body[index + 1] ?? ''
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1))
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8))
      index += 3
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
