/**
 * Replace a file's content atomically: write a temporary file in the same
 * folder (so the rename cannot cross file systems), flush it to disk, then
 * rename it over the original. A crash or a full disk leaves the old copy
 * whole, never half a product page. The mode and the encoding (UTF-8 byte
 * order mark, UTF-16) of the original are kept; a symbolic link keeps pointing at the updated file.
 */
import {randomBytes} from 'node:crypto'
import {open, readFile, realpath, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {encodeLike} from './text-encoding.js'

/** Write `text` over an existing file atomically, keeping its mode. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = await realpath(path)
  const {mode} = await stat(target)
  // `readText` drops a byte order mark and decodes UTF-16: write the text back
  // the same way, so only the fixed ranges change (text-encoding.ts).
  const data = encodeLike(await readFile(target), text)
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temporary, 'wx', mode & 0o777)
  try {
    try {
      await handle.writeFile(data)
      // The umask may have narrowed the mode given to open.
      await handle.chmod(mode & 0o7777)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** Write a file that may not exist yet (cache, reports) atomically: temporary file, then rename. */
export async function writeNewFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx', 0o644)
    try {
      await handle.writeFile(text)
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
