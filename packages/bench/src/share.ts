/**
 * `node dist/share.js <folder> <part> <parts>`: lint one share of a corpus
 * in-process with the recommended preset (files by index modulo `parts`).
 * The benchmark runs two of these at once, as separate processes, to
 * measure what two cores give this workload at best: no shared heap, no
 * messages between threads, nothing but the machine (issue 6).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Linter} from '@claimlint/core'
import {presets, rules} from '@claimlint/rules'

const [folder, part, parts] = process.argv.slice(2)
if (!folder || part === undefined || parts === undefined) throw new Error('Usage: node dist/share.js <folder> <part> <parts>')
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .filter((_, index) => index % Number(parts) === Number(part))
const linter = new Linter({rules, settings: presets.recommended!})
let messages = 0
for (const name of names) {
  const path = join(folder, name)
  messages += linter.lint({path, value: readFileSync(path, 'utf8')}).messages.length
}
if (messages === 0) throw new Error(`no findings in ${names.length} files: not the bench corpus?`)
