/** Writes every rule's README.md and the rules table of the project README (`pnpm run docs`). */
import {readFile, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {loadCases, renderRuleReadme, renderRulesTable, withRulesTable} from '../docs.js'
import {rules} from '../index.js'

// Compiled to rules/dist/scripts/docs.js: the rules folder is two levels up.
const rulesFolder = fileURLToPath(new URL('../../', import.meta.url))

for (const rule of rules) {
  const text = renderRuleReadme(rule, await loadCases(rule.meta.id))
  await writeFile(`${rulesFolder}${rule.meta.id}/README.md`, text)
}
const readmePath = `${rulesFolder}../README.md`
await writeFile(readmePath, withRulesTable(await readFile(readmePath, 'utf8'), renderRulesTable(rules)))
