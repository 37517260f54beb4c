import {parseFragment} from 'parse5'
import {describe, expect, it} from 'vitest'
import {escapeHtml} from './escape.js'

describe('escapeHtml', () => {
  it('escapes the characters that could open markup or end an attribute', () => {
    expect(escapeHtml(`<script>alert("x" + 'y')</script> & more`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; more'
    )
  })

  it('keeps a carriage return as a reference, which the HTML parser does not fold into a line feed', () => {
    const fragment = parseFragment(`<p>${escapeHtml('one\r\ntwo\rthree')}</p>`)
    const paragraph = fragment.childNodes[0] as unknown as {childNodes: Array<{value: string}>}
    expect(paragraph.childNodes.map((node) => node.value).join('')).toBe('one\r\ntwo\rthree')
  })

  it('round-trips any text through a real HTML parser, in text and in attributes', () => {
    const text = '<img src=x onerror="alert(1)"> \'"&amp;&#x3C; </textarea><!-- -->'
    const fragment = parseFragment(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`)
    const paragraph = fragment.childNodes[0] as unknown as {attrs: Array<{value: string}>; childNodes: Array<{nodeName: string; value: string}>}
    expect(paragraph.attrs[0]!.value).toBe(text)
    expect(paragraph.childNodes.map((node) => node.nodeName)).toEqual(['#text'])
    expect(paragraph.childNodes[0]!.value).toBe(text)
  })

  it('leaves plain copy and numbers as they are', () => {
    expect(escapeHtml('Visibly smoother skin in 4 weeks*')).toBe('Visibly smoother skin in 4 weeks*')
    expect(escapeHtml(42)).toBe('42')
  })
})
