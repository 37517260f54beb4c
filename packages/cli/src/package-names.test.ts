import {describe, expect, it} from 'vitest'
import {isPathName, packageName} from './package-names.js'

describe('packageName', () => {
  it.each([
    ['example', 'claimlint-plugin-example'],
    ['claimlint-plugin-example', 'claimlint-plugin-example'],
    ['@acme/example', '@acme/claimlint-plugin-example'],
    ['@acme/claimlint-plugin-example', '@acme/claimlint-plugin-example'],
    ['@acme', '@acme/claimlint-plugin']
  ])('reads %j as %j', (name, expected) => {
    expect(packageName('claimlint-plugin', name)).toBe(expected)
  })
})

describe('isPathName', () => {
  it('tells relative and absolute paths from package names', () => {
    expect([isPathName('./base.json'), isPathName('../x'), isPathName('/abs/x.js'), isPathName('acme'), isPathName('@acme/x')]).toEqual([true, true, true, false, false])
  })
})
