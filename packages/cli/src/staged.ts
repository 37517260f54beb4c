/**
 * `--staged`: lint what `git commit` would record (the index), not the
 * working tree, for lint-staged and husky hooks. A claim that was staged
 * and then edited away in the working tree is still committed, so it must
 * still be refused (issue 5). Reports name the working-tree path.
 */
import {extname, isAbsolute, relative, resolve, sep} from 'node:path'
import type {Linter} from '@claimlint/core'
import {extensions, ReadError} from './files.js'
import {git, repositoryOf} from './git.js'
import {lintText, messageOf, type FixMode, type Outcome} from './lint-job.js'

/** The staged content of a file, or why it cannot be linted. */
export type StagedText = {text: string} | {error: ReadError}

/** The path of a work-tree file as git's index names it (relative to the root, with `/`), or undefined outside the work tree. */
function indexPath(root: string, file: string): string | undefined {
  const path = relative(root, file)
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined
  return path.split(sep).join('/')
}

/**
 * The files with staged additions or modifications under `cwd` whose
 * extension claimlint lints by default (`claimlint --staged` without paths).
 */
export async function stagedFiles(cwd: string): Promise<string[]> {
  const {root} = await repositoryOf(cwd, '--staged')
  const names = (await git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', ':/'], cwd)).toString('utf8')
  const lintable = new Set<string>(extensions.map((extension) => `.${extension}`))
  return names
    .split('\0')
    .filter((name) => name !== '' && lintable.has(extname(name).toLowerCase()))
    .map((name) => resolve(root, name))
    .filter((file) => {
      const fromCwd = relative(cwd, file)
      return !fromCwd.startsWith('..') && !isAbsolute(fromCwd)
    })
    .sort()
}

/**
 * Read the staged content of `files` (absolute paths) with one
 * `git cat-file --batch`. Files that are not in the index are left out of
 * the map: nothing of them would be committed.
 */
export async function readStaged(files: readonly string[], cwd: string, display: (file: string) => string): Promise<Map<string, StagedText>> {
  const {root} = await repositoryOf(cwd, '--staged')
  const asked: Array<{file: string; path: string}> = []
  for (const file of files) {
    const path = indexPath(root, file)
    // The batch protocol is one name per line.
    if (path !== undefined && !path.includes('\n')) asked.push({file, path})
  }
  const staged = new Map<string, StagedText>()
  if (asked.length === 0) return staged
  // `:0:<path>` is stage 0 of the index; the explicit stage keeps a path like `1:x.md` from reading as a stage number.
  const output = await git(['cat-file', '--batch'], cwd, asked.map(({path}) => `:0:${path}\n`).join(''))
  let offset = 0
  for (const {file} of asked) {
    const newline = output.indexOf(10, offset)
    if (newline === -1) break
    const header = output.subarray(offset, newline).toString('utf8')
    offset = newline + 1
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
    if (!match) continue // `<name> missing`: not in the index.
    const size = Number(match[2])
    const content = output.subarray(offset, offset + size)
    offset += size + 1
    if (match[1] !== 'blob') continue
    staged.set(file, decodeStaged(content, display(file)))
  }
  return staged
}

function decodeStaged(content: Uint8Array, name: string): StagedText {
  // As for files on disk (files.ts): a NUL byte marks a binary file, and TextDecoder drops a byte order mark.
  if (content.includes(0)) return {error: new ReadError(name, 'binary file (contains NUL bytes)')}
  return {text: new TextDecoder().decode(content)}
}

/** Lint one file's staged text; a crash becomes a one-line failure naming the file, as for files on disk. */
export async function lintStaged(
  job: {filePath: string; name: string},
  staged: StagedText,
  linter: Linter,
  mode: FixMode
): Promise<Outcome> {
  if ('error' in staged) return {failure: staged.error.message}
  try {
    return {result: (await lintText(linter, staged.text, job.filePath, mode)).result}
  } catch (error) {
    const wrapped = new Error(`cannot lint ${job.name}: ${messageOf(error)}`, {cause: error})
    return {failure: wrapped.message, stack: wrapped.stack ?? wrapped.message}
  }
}
