/**
 * claimlint messages as LSP diagnostics: the rule id is the `code`, its docs
 * page the `codeDescription`, and an error or warning keeps its severity.
 */
import type {LintMessage} from '@claimlint/core'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import {toRange} from './ranges.js'

/** The `source` of every diagnostic, as in claimlint's results. */
export const source = 'claimlint'

/** The diagnostic of one message. */
export function toDiagnostic(message: LintMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source,
    message: message.message
  }
  if (message.ruleId !== null) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}
