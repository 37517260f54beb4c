/**
 * Bytes to text and back, so that `--fix` writes a file in the encoding it was
 * read in (issue 7). What is linted and what is skipped:
 * - a NUL byte anywhere: binary (an image, PDF or archive a glob caught); skipped with one line, as Git and ESLint treat such files;
 * - a UTF-16 byte order mark (LE or BE): decoded as UTF-16, written back as UTF-16 with its mark;
 * - a UTF-8 byte order mark: dropped, so columns of the first line are those an editor shows, and put back on write;
 * - invalid UTF-8: linted (each bad byte reads as U+FFFD, one column, as editors show it), never fixed, since writing would replace those bytes.
 * Line endings are left as they are: CRLF and lone CR count as one line break, as in editors.
 */

/** How a file's text is stored. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'invalid-utf8'

/** Why a file was not decoded: it is binary. */
export class BinaryFileError extends Error {
  override name = 'BinaryFileError'
}

const utf8Bom = [0xef, 0xbb, 0xbf]

/** The encoding of a file's bytes. */
export function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be'
  const bom = utf8Bom.every((byte, index) => bytes[index] === byte)
  if (bytes.includes(0)) throw new BinaryFileError('binary file (contains NUL bytes)')
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return 'invalid-utf8'
  }
  return bom ? 'utf8-bom' : 'utf8'
}

/** Decode a file's bytes to the text that is linted; throws a BinaryFileError for binary files. */
export function decodeText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes)
  if (encoding === 'utf16le') return new TextDecoder('utf-16le').decode(bytes)
  if (encoding === 'utf16be') return new TextDecoder('utf-16be').decode(bytes)
  // TextDecoder drops a UTF-8 byte order mark and reads each invalid byte as U+FFFD.
  return new TextDecoder().decode(bytes)
}

/** Encode fixed text the way `original` was stored, or throw when that would change bytes the fix did not touch. */
export function encodeLike(original: Uint8Array, text: string): Buffer {
  const encoding = encodingOf(original)
  if (encoding === 'invalid-utf8') throw new Error('not valid UTF-8, fixing it would replace its invalid bytes')
  if (encoding === 'utf8') return Buffer.from(text)
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from(utf8Bom), Buffer.from(text)])
  const little = Buffer.from(`\uFEFF${text}`, 'utf16le')
  return encoding === 'utf16le' ? little : little.swap16()
}
