/**
 * `@claimlint/cli`: the `claimlint` command, plus its pieces for tools that
 * want to run it in-process.
 */
export {run, exitCodes} from './run.js'
export type {Output, RunOptions} from './run.js'
export {parseArguments, helpText} from './args.js'
export type {CliOptions} from './args.js'
export {findFiles, readText, readStream, displayPath, defaultPattern, extensions, ReadError} from './files.js'
export type {FileList} from './files.js'
export {loadFormatter, formatterPackageName, isFormatterPath} from './formatters.js'
export type {Formatter, FormatterContext} from './formatters.js'
export {UsageError} from './usage.js'
