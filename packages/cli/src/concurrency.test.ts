import {describe, expect, it} from 'vitest'
import {parseConcurrency, workerCount} from './concurrency.js'

describe('workerCount', () => {
  it('gives what was asked for, never more workers than files', () => {
    expect(workerCount(3, 100, 2)).toBe(3)
    expect(workerCount(8, 5, 16)).toBe(5)
    expect(workerCount(1, 0, 4)).toBe(1)
  })

  it('takes half the cores under auto, with at least 32 files per worker', () => {
    expect(workerCount('auto', 2000, 2)).toBe(1)
    expect(workerCount('auto', 2000, 4)).toBe(2)
    expect(workerCount('auto', 2000, 16)).toBe(8)
    expect(workerCount('auto', 100, 16)).toBe(3)
    expect(workerCount('auto', 31, 16)).toBe(1)
  })

  it('reads --concurrency', () => {
    expect(parseConcurrency('auto')).toBe('auto')
    expect(parseConcurrency('4')).toBe(4)
    expect(() => parseConcurrency('0')).toThrow('Unexpected --concurrency `0`, expected a positive whole number or auto')
  })
})
