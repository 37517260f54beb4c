/** `claimlint --init`: write a commented starter `.claimlintrc.yaml` in the cwd, never over an existing configuration. */
import {readFile, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {searchPlaces} from './config-files.js'
import {UsageError} from './usage.js'

/** The file `--init` writes. */
export const starterName = '.claimlintrc.yaml'

/** The starter configuration: the defaults, spelled out, with every key explained. */
export const starterConfig = `# claimlint configuration, see https://github.com/claimlint/claimlint#configuration
# Every configuration starts from the \`recommended\` preset; the nearest
# configuration file to a page wins.

# Presets, applied in order: \`recommended\`, \`strict\` (every rule at error),
# markets \`us\`, \`eu\`, \`uk\`, \`ca\`, and packages \`claimlint-config-<name>\`.
extends:
  - recommended
  - us

# Markets whose law applies and is cited (overrides market presets):
# jurisdictions: [us, eu]

# Severity per rule: off, warn or error, or [severity, {options}].
rules: {}
#  miracle-claim: "off"
#  appearance-claim: error

# Brand names and approved wording that no rule reports (literal text).
allow: []
#  - Acne Free Daily

# Your own banned phrases, reported under the rule id \`deny\`.
deny: []
#  - phrase: youth elixir
#    message: say \`daily serum\` instead
#    severity: warn

# Make every suppression comment give a reason after \` -- \`.
requireSuppressionReason: false

# Packages with more rules (\`claimlint-plugin-<name>\`); configure their rules above.
plugins: []
`

/** Write the starter configuration in `cwd` and return its name, or throw a UsageError when one exists. */
export async function writeStarterConfig(cwd: string): Promise<string> {
  for (const place of searchPlaces) {
    const path = join(cwd, place)
    if (!(await stat(path).catch(() => undefined))) continue
    if (place === 'package.json' && !(await hasClaimlintField(path))) continue
    throw new UsageError(`Unexpected --init: a configuration already exists in ${place}`)
  }
  try {
    // `wx` fails if the file appeared meanwhile: never overwrite.
    await writeFile(join(cwd, starterName), starterConfig, {flag: 'wx'})
  } catch (error) {
    throw new UsageError(`cannot write ${starterName}: ${(error as Error).message.split('\n')[0]}`, {cause: error})
  }
  return starterName
}

async function hasClaimlintField(path: string): Promise<boolean> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as {claimlint?: unknown}
    return data.claimlint !== undefined
  } catch {
    return false
  }
}
