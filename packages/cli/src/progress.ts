/**
 * Progress on long runs: `claimlint: 350/2000 files` on one updating line of
 * standard error, cleared when linting ends. Only a person at a terminal
 * benefits; in CI logs and pipes the carriage returns would be noise.
 */

/** More files than this on an interactive terminal show progress. */
export const progressThreshold = 200

/** Whether a run over `files` files shows progress on `stderr`. */
export function showsProgress(options: {files: number; isTTY: boolean | undefined; env: Readonly<Record<string, string | undefined>>}): boolean {
  // CI services set CI (GitHub Actions, GitLab, CircleCI, Travis, Buildkite…);
  // some give their log a pseudo-terminal, so isTTY alone is not enough.
  const ci = options.env.CI !== undefined && options.env.CI !== '' && options.env.CI !== 'false' && options.env.CI !== '0'
  return options.isTTY === true && !ci && options.files > progressThreshold
}

/** One updating line of progress, redrawn at most every `interval` milliseconds. */
export class Progress {
  readonly #write: (text: string) => void
  readonly #total: number
  readonly #interval: number
  readonly #now: () => number
  #done = 0
  #drawnAt = -Infinity
  #shown = false

  constructor(write: (text: string) => void, total: number, options: {interval?: number; now?: () => number} = {}) {
    this.#write = write
    this.#total = total
    this.#interval = options.interval ?? 100
    this.#now = options.now ?? Date.now
  }

  /** Count one more file; redraws unless the line was drawn less than `interval` ago. */
  tick(): void {
    this.#done++
    const now = this.#now()
    if (now - this.#drawnAt < this.#interval && this.#done < this.#total) return
    this.#drawnAt = now
    this.#shown = true
    // `\r` returns to the start of the line and `\x1b[K` erases what a longer previous line left.
    this.#write(`\rclaimlint: ${this.#done}/${this.#total} files\x1b[K`)
  }

  /** Erase the line (before the report, or a message that must not share its line); the next tick draws it again. */
  clear(): void {
    if (this.#shown) this.#write('\r\x1b[K')
    this.#shown = false
    this.#drawnAt = -Infinity
  }
}
