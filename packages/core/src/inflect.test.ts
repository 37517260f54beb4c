import {describe, expect, it} from 'vitest'
import {inflect} from './inflect.js'

describe('inflect', () => {
  it('produces regular verb forms', () => {
    expect(inflect('treat')).toEqual(expect.arrayContaining(['treat', 'treats', 'treated', 'treating']))
  })

  it('drops a final e and turns consonant y into ie', () => {
    expect(inflect('cure')).toEqual(expect.arrayContaining(['cures', 'cured', 'curing']))
    expect(inflect('remedy')).toEqual(expect.arrayContaining(['remedies', 'remedied', 'remedying']))
  })

  it('adds es after sibilants and doubles a final consonant', () => {
    expect(inflect('diminish')).toContain('diminishes')
    expect(inflect('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']))
  })

  it('knows irregular forms', () => {
    expect(inflect('fight')).toContain('fought')
    expect(inflect('regrow')).toEqual(expect.arrayContaining(['regrew', 'regrown']))
  })
})
