/** `@claimlint/rules`: claimlint's built-in rules and presets. */
import type {Rule, RuleSetting} from '@claimlint/core'
import {diseaseClaim} from './disease-claim/index.js'

/** Every built-in rule, in docs order. */
export const rules: readonly Rule[] = [diseaseClaim]

/** Built-in presets by name. */
export const presets: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>> = {
  /** Every rule at the severity the claims primer gives its family. */
  recommended: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity]))
}

export {diseaseClaim}
