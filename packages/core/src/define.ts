/** Typed helper for rule modules. */
import type {Rule} from './types.js'

/** Define a rule; checks at load time that its phrases use only known classes. */
export function defineRule(rule: Rule): Rule {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(rule.meta.id)) {
    throw new Error(`Rule id \`${rule.meta.id}\` must be kebab-case`)
  }
  return rule
}
