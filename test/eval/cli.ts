/**
 * `pnpm eval`: lint the labeled claims corpus with the recommended preset and
 * print recall, precision and false-flag rate per rule and overall, then every
 * miss and false flag. `--json` prints the evaluation as JSON instead.
 *
 * Usage: node test/dist/eval/cli.js [--json] [--corpus <folder>]
 * Exit codes: 0 evaluated, 2 usage error or malformed corpus.
 */
import {fileURLToPath} from 'node:url'
import {corpusProblems, corpusRules, loadCorpus} from './corpus.js'
import {evaluate, linterFindings} from './evaluate.js'
import {formatReport} from './report.js'
import {loadWorkspace} from './workspace.js'

/** The repository root, three folders up from `test/dist/eval/cli.js`. */
const root = new URL('../../../', import.meta.url)

const usage = 'Usage: node test/dist/eval/cli.js [--json] [--corpus <folder>]'

async function main(argv: readonly string[]): Promise<number> {
  let json = false
  let corpus = fileURLToPath(new URL('fixtures/claims/', root))
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--json') json = true
    else if (arg === '--corpus' && argv[index + 1] !== undefined) corpus = argv[++index]!
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`)
      return 0
    } else {
      process.stderr.write(`Unexpected argument \`${arg}\`. ${usage}\n`)
      return 2
    }
  }

  const items = loadCorpus(corpus)
  const problems = corpusProblems(items)
  if (problems.length > 0) {
    process.stderr.write(problems.map((problem) => `${problem}\n`).join(''))
    return 2
  }

  const {core, rules} = await loadWorkspace(root)
  const linter = new core.Linter({rules: rules.rules, settings: rules.presets.recommended!})
  const families = {...corpusRules, ...Object.fromEntries(rules.rules.map((rule) => [rule.meta.id, rule.meta.family]))}
  const evaluation = evaluate(items, linterFindings(linter, (file) => core.toResult(file)), {families})
  process.stdout.write(json ? `${JSON.stringify(evaluation, null, 2)}\n` : formatReport(evaluation))
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`Cannot evaluate the claims corpus: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
