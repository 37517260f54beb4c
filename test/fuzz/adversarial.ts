/**
 * `pnpm fuzz` (second half): matching time stays linear on adversarial input.
 * Each hostile 1 MB page is linted in-process with the recommended preset and
 * its time per byte is compared with a normal product page timed alongside
 * it (best of two runs each, so other work on the machine affects both
 * alike); a kind fails when it costs more than `--bound` times as much (5 by
 * default). Prints a table and, with `--json <file>`, writes the figures.
 *
 * Usage: node test/dist/fuzz/adversarial.js [--bound <n>] [--json <file>]
 * Exit codes: 0 every kind within the bound, 1 some kind over it, 2 usage.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {loadWorkspace} from '../eval/workspace.js'

const root = new URL('../../../', import.meta.url)
const megabyte = 2 ** 20
const usage = 'Usage: node test/dist/fuzz/adversarial.js [--bound <n>] [--json <file>]'

/** `unit` repeated to exactly one megabyte of UTF-16 code units. */
function fill(unit: string, size = megabyte): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** The hostile pages, by what they attack. */
export function hostilePages(): Record<string, string> {
  return {
    'near-miss prefixes ("stimulates collagen" without the rest)': fill('stimulates collagen and reduces the appearance of '),
    'one word repeated (treats treats …)': fill('treats '),
    'a claim a hundred thousand times in one sentence': fill('cures acne '),
    'gaps and negators (not … not …)': fill('does not not never treat '),
    'quoted claims in one sentence': fill('"cures acne" '),
    'a 1 MB hyphen run': fill('-'),
    'hyphenated compounds (anti-anti-…)': fill('anti-'),
    'emoji': fill('😀🧴✨ '),
    'combining marks': fill('e\u0301\u0302\u0303 '),
    'numbers and percentages': fill('87 % of 32 women in 7 days '),
    'a 100,000-item list': '- Soft skin cures acne\n'.repeat(100_000),
    '10,000-deep block quote': `${'> '.repeat(10_000)}It cures acne.\n\n`.repeat(Math.ceil(megabyte / 20_015)),
    'block quotes': fill('> It cures acne.\n\n'),
    'one-word sentences': fill('a. '),
    'emphasis markers': fill('*a '),
    'open brackets': fill('['),
    'tag soup': fill('<a '),
    'footnote references': fill('Clinically proven[^1] '),
    'a table of claims': `| a | b |\n|---|---|\n${fill('| cures acne | treats |\n')}`,
    'one line, no spaces': fill('abcdefghij'),
    'CR line endings': fill('Cures acne.\r')
  }
}

/** A normal product page, repeated to one megabyte: the baseline. */
export function normalPage(): string {
  return fill(
    '# Night serum\n\nOur gentle serum hydrates and softens skin. It reduces fine lines and cures acne.\n\n' +
      '- Smooths texture\n- Brightens the look of dull skin\n\n| Step | Use |\n| --- | --- |\n| 1 | Apply at night |\n\n' +
      '> "My eczema is gone!" — Ana\n\nClinically proven[^1] to hydrate.\n\n[^1]: Study of 32 women, 2024.\n\n'
  )
}

async function main(argv: readonly string[]): Promise<number> {
  let bound = 5
  let json: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--bound' && Number(argv[index + 1]) > 0) bound = Number(argv[++index])
    else if (arg === '--json' && argv[index + 1]) json = argv[++index]
    else {
      process.stderr.write(`${arg === '--help' ? '' : `Unknown argument: ${arg}\n`}${usage}\n`)
      return arg === '--help' ? 0 : 2
    }
  }
  const {core, rules} = await loadWorkspace(root)
  const linter = new core.Linter({rules: rules.rules, settings: rules.presets['recommended']!, today: '2026-01-01'})
  /** Milliseconds per megabyte of one run. */
  const time = (text: string): number => {
    const started = performance.now()
    linter.lint({value: text, path: 'page.md'})
    return ((performance.now() - started) / text.length) * megabyte
  }
  // The normal page is timed next to each hostile one, so load from other work on the machine affects both alike.
  const normal = normalPage().slice(0, megabyte / 4)
  time(normal)
  const rows: Array<{kind: string; bytes: number; msPerMB: number; normalMsPerMB: number; ratio: number; ok: boolean}> = []
  process.stdout.write(`Each kind: best of 2 runs, ms per MB against a normal product page timed alongside (bound ${bound} ×)\n\n`)
  for (const [kind, text] of Object.entries(hostilePages())) {
    let msPerMB = Number.POSITIVE_INFINITY
    let normalMsPerMB = Number.POSITIVE_INFINITY
    for (let round = 0; round < 2; round++) {
      normalMsPerMB = Math.min(normalMsPerMB, time(normal))
      msPerMB = Math.min(msPerMB, time(text))
    }
    const ratio = msPerMB / normalMsPerMB
    rows.push({kind, bytes: Buffer.byteLength(text), msPerMB, normalMsPerMB, ratio, ok: ratio <= bound})
    process.stdout.write(`${ratio <= bound ? 'ok  ' : 'SLOW'} ${ratio.toFixed(2).padStart(6)} × ${msPerMB.toFixed(0).padStart(7)} ms/MB (normal ${normalMsPerMB.toFixed(0)})  ${kind}\n`)
  }
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a))
  process.stdout.write(`\nworst: ${worst.ratio.toFixed(2)} × (${worst.kind})\n`)
  if (json) mkdirSync(dirname(json), {recursive: true})
  if (json) writeFileSync(json, `${JSON.stringify({node: process.version, bound, rows}, null, 2)}\n`)
  return rows.every((row) => row.ok) ? 0 : 1
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`adversarial: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 2
    }
  )
}
