/**
 * Writing a formatter's report. A formatter returns the whole report as one
 * string, or its chunks in order (an iterable or async iterable of strings):
 * chunks are written as they come, so a catalogue's JSON report is never
 * held in memory as one string and again as its bytes (issue 6). Either way
 * the bytes written are the same.
 */
import {closeSync, openSync, writeSync} from 'node:fs'

/** A report as a formatter returns it: the whole text, or its chunks in order. */
export type Report = string | Iterable<string> | AsyncIterable<string>

/** Chunks are gathered into writes of about this many characters. */
const writeSize = 1 << 16

/** Whether a formatter's return value is a report (a string or chunks of strings). */
export function isReport(value: unknown): value is Report {
  if (typeof value === 'string') return true
  return typeof value === 'object' && value !== null && (Symbol.iterator in value || Symbol.asyncIterator in value)
}

/** Write a report through `write`, in pieces of about 64 K characters; an empty report writes nothing. */
export async function writeReportTo(report: Report, write: (text: string) => unknown): Promise<void> {
  if (typeof report === 'string') {
    if (report) await write(report)
    return
  }
  let pending = ''
  for await (const chunk of report) {
    if (typeof chunk !== 'string') throw new TypeError(`Unexpected report chunk of type ${typeof chunk}, expected a string`)
    pending += chunk
    if (pending.length >= writeSize) {
      await write(pending)
      pending = ''
    }
  }
  if (pending) await write(pending)
}

/** Write a report to a file, replacing it; chunks are written as they come. */
export async function writeReportFile(path: string, report: Report): Promise<void> {
  // Synchronous writes: a report is written at the end of a run, when there
  // is nothing else to do, and node:fs/promises (with the readline modules
  // it loads) would otherwise cost every start ~2 ms (issue 6).
  const fd = openSync(path, 'w')
  try {
    await writeReportTo(report, (text) => {
      // The string itself, encoded by fs into memory it reuses: a Buffer of
      // each piece was ~3 % of a run writing 18 MB of JSON (issue 6).
      const written = writeSync(fd, text)
      // writeSync may write less than asked (a full disk reports an error instead).
      if (written < Buffer.byteLength(text)) {
        for (let bytes = Buffer.from(text).subarray(written); bytes.length > 0; ) bytes = bytes.subarray(writeSync(fd, bytes))
      }
    })
  } finally {
    closeSync(fd)
  }
}
