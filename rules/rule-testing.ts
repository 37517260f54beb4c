/** Shared vitest harness for rule folders: run a rule's case table through the real linter. */
import {Linter, toResult, type Rule} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import type {CaseSetup, RuleCases} from './cases.js'

/** Findings of one rule (alone) on a text, with the register, date and markets of `setup`. */
export function findings(rule: Rule, text: string, path = 'case.md', setup: CaseSetup = {}) {
  const linter = new Linter({rules: [rule], settings: {[rule.meta.id]: 'error'}, ...setup})
  return toResult(linter.lint({value: text, path})).messages
}

/** Declare the standard tests of a rule from its case table. */
export function describeRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it.each(cases.flagged.map((c) => [c.text, c.actual]))('flags %j as %j', (text, actual) => {
      const messages = findings(rule, text, undefined, cases.setup)
      expect(messages.map((m) => m.actual)).toContain(actual)
      for (const message of messages) expect(message.ruleId).toBe(rule.meta.id)
    })
    it.each(cases.compliant.map((c) => [c]))('passes %j', (text) => {
      expect(findings(rule, text, undefined, cases.setup).map((m) => m.actual)).toEqual([])
    })
  })
}
