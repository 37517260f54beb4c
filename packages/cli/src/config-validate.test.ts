import {describe, expect, it} from 'vitest'
import {list, validateConfig} from './config-validate.js'

describe('validateConfig', () => {
  it('accepts every key and a single `extends` name', () => {
    const config = validateConfig(
      {extends: 'strict', jurisdictions: ['us', 'eu'], rules: {'proof-claim': ['warn', {}]}, allow: ['Acne Cure'], deny: [{phrase: 'youth elixir', severity: 1}], requireSuppressionReason: true, plugins: ['x']},
      'rc'
    )
    expect(config).toEqual({
      extends: ['strict'],
      jurisdictions: ['us', 'eu'],
      rules: {'proof-claim': ['warn', {}]},
      allow: ['Acne Cure'],
      deny: [{phrase: 'youth elixir', severity: 'warn'}],
      requireSuppressionReason: true,
      plugins: ['x']
    })
  })

  it.each([
    [null, 'Unexpected configuration in rc, expected an object'],
    [{rules: {a: ['error', {}, {}]}}, 'Unexpected options for rule `a` in rc, expected [severity] or [severity, {options}]'],
    [{requireSuppressionReason: 'yes'}, 'Unexpected value for `requireSuppressionReason` in rc, expected true or false'],
    [{deny: [{phrase: '...'}]}, 'Unexpected `phrase` in `deny[0]` in rc, expected words'],
    [{deny: [{phrase: 'x', severity: 'off'}]}, 'Unexpected severity `off` in `deny[0]` in rc, expected warn or error'],
    [{plugins: ['']}, 'Unexpected value for `plugins` in rc, expected a list of plugin package names']
  ])('rejects %j in one line', (data, message) => {
    expect(() => validateConfig(data, 'rc')).toThrow(message)
  })

  it('keeps a rule id such as `__proto__` a plain key for the unknown-rule check', () => {
    const config = validateConfig(JSON.parse('{"rules": {"__proto__": "off"}}'), 'rc')
    expect(Object.keys(config.rules!)).toEqual(['__proto__'])
  })
})

describe('list', () => {
  it('joins words with commas and a final or', () => {
    expect(list(['a'])).toBe('a')
    expect(list(['a', 'b', 'c'])).toBe('a, b or c')
  })
})
