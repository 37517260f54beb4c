/**
 * V8's young generation, where a run's short-lived trees are made. The bin
 * (bin/claimlint.js) starts it pinned at its first size, 1 MB a semi-space:
 * a pre-commit hook's run of a few pages then touches megabytes less fresh
 * memory, and on the virtual machines CI and editors run on a page fault
 * costs more than the extra scavenges (a one-page run ~12 % faster, issue 6).
 * A run of many pages, or of one very large file, lets it grow again as V8
 * would, up to its usual 16 MB, where scavenges are rarer. Without the bin
 * (the unbundled CLI, tests) this only restates V8's default.
 */
import {setFlagsFromString} from 'node:v8'

/** V8's own growth factor (`node --v8-options`). */
const defaultGrowth = 2

/** Files in a run, and characters in one file, beyond which the young generation may grow. */
export const manyFiles = 16
export const largeFile = 200_000

let growing = false

/** Let the young generation grow from now on, unless the user set its growth themselves. */
export function letYoungGenerationGrow(): void {
  if (growing) return
  growing = true
  const nodeOptions = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`
  if (/semi[-_]space[-_]growth[-_]factor/.test(nodeOptions)) return
  setFlagsFromString(`--semi-space-growth-factor=${defaultGrowth}`)
}
