/**
 * `@claimlint/core`: parse cosmetic product copy, match claim phrases with
 * one shared matcher, run rules and return vfile messages and ESLint-shaped
 * results.
 */
export {Linter, lint, ConfigError, resolveSetting, formatOf} from './linter.js'
export type {LinterOptions, LintInput} from './linter.js'
export {createMessage, ruleUrl, docsBase, basisOf, matchCase} from './message.js'
export type {ClaimlintMessage} from './message.js'
export {toResult, failureResult, applyFixes} from './results.js'
export type {LintMessage, LintResult} from './results.js'
export {PhraseMatcher} from './matcher.js'
export type {PhraseSource, RawMatch, Accept} from './matcher.js'
export {parsePattern} from './pattern.js'
export {parseMarkdown, parseText, parseHtml, blankHtml} from './markdown.js'
export {normalizeWord} from './normalize.js'
export {inflect} from './inflect.js'
export {isMention, isNegated, isNegator, isQualified, isQuestion} from './context.js'
export {defineRule} from './define.js'
export {denyRule, denyRuleId} from './vocabulary.js'
export type {DenyEntry} from './vocabulary.js'
export {applyDirectives} from './control.js'
export type {Suppressed, ControlOptions} from './control.js'
export {parseDirective} from './directives.js'
export {parseLiteral} from './pattern.js'
export type * from './types.js'
export {CompiledRegister, pageMarkets} from './register.js'
export {displayPath, xmlSafe, escapeAttribute, cdata} from './report.js'
