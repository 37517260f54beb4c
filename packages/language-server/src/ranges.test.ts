import {Linter, toResult} from '@claimlint/core'
import {rules} from '@claimlint/rules'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {toPosition, toRange, touches} from './ranges.js'

describe('toRange', () => {
  it('turns 1-based lines and columns into 0-based LSP positions', () => {
    expect(toRange({line: 3, column: 11, endLine: 3, endColumn: 25})).toEqual({
      start: {line: 2, character: 10},
      end: {line: 2, character: 24}
    })
  })

  it('keeps a claim that runs over a line break on both lines', () => {
    expect(toRange({line: 1, column: 30, endLine: 2, endColumn: 7})).toEqual({
      start: {line: 0, character: 29},
      end: {line: 1, character: 6}
    })
  })

  it('makes an empty range at the start of a message without an end', () => {
    expect(toRange({line: 1, column: 1})).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
  })

  it('never gives a negative position for a column of 0', () => {
    expect(toPosition(1, 0)).toEqual({line: 0, character: 0})
  })

  it('covers the claim itself after an emoji and a CRLF line, counting UTF-16 code units as LSP does', () => {
    const text = '# Serum 🌿\r\n\r\nOur 🌿 serum treats rosacea overnight.\r\n'
    const [message] = toResult(new Linter({rules}).lint({value: text, path: 'serum.md'})).messages
    const document = TextDocument.create('file:///serum.md', 'markdown', 1, text)
    expect(message?.actual).toBe('treats rosacea')
    expect(document.getText(toRange(message!))).toBe('treats rosacea')
  })
})

describe('touches', () => {
  const claim = {start: {line: 2, character: 10}, end: {line: 2, character: 24}}

  it('finds a claim under a cursor at either end of it', () => {
    expect(touches(claim, {start: {line: 2, character: 10}, end: {line: 2, character: 10}})).toBe(true)
    expect(touches(claim, {start: {line: 2, character: 24}, end: {line: 2, character: 24}})).toBe(true)
  })

  it('does not find a claim on another line', () => {
    expect(touches(claim, {start: {line: 3, character: 12}, end: {line: 3, character: 12}})).toBe(false)
  })
})
