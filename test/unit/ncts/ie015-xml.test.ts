import { describe, expect, it } from 'vitest'
import {
  el,
  escapeXmlAttribute,
  escapeXmlText,
  firstIllegalXmlChar,
  leaf,
  serializeXml,
  XmlCharacterError,
} from '../../../src/shared/ncts/xml'

describe('the XML writer (src/shared/ncts/xml.ts)', () => {
  it('writes the declaration, two-space indentation, text inline, empty elements closed', () => {
    const xml = serializeXml(
      el(
        'ncts:Root',
        [
          leaf('a', 'one'),
          el('B', [leaf('c', 'two'), undefined, false, [leaf('d', '')]]),
          el('E', []),
        ],
        {
          'xmlns:ncts': 'http://ncts.dgtaxud.ec',
        },
      ),
    )
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ncts:Root xmlns:ncts="http://ncts.dgtaxud.ec">',
        '  <a>one</a>',
        '  <B>',
        '    <c>two</c>',
        '    <d></d>',
        '  </B>',
        '  <E/>',
        '</ncts:Root>',
        '',
      ].join('\n'),
    )
  })

  it('escapes & < > and quotes, keeps a carriage return as a reference, strips nothing', () => {
    expect(escapeXmlText(`a & b < c > d "e" 'f' ]]>`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; ]]&gt;',
    )
    expect(escapeXmlText('line\r\nnext\ttab')).toBe('line&#13;\nnext\ttab')
    expect(escapeXmlText('Жетысу شركة 😀')).toBe('Жетысу شركة 😀')
    expect(escapeXmlAttribute('a\tb\nc\rd"e')).toBe('a&#9;b&#10;c&#13;d&quot;e')
  })

  it('finds characters XML 1.0 cannot hold', () => {
    expect(firstIllegalXmlChar('plain\t\n\r text 😀')).toBe(-1)
    expect(firstIllegalXmlChar('ab\u0000')).toBe(2)
    expect(firstIllegalXmlChar('\u001f')).toBe(0)
    expect(firstIllegalXmlChar('x\ud800y')).toBe(1)
    expect(firstIllegalXmlChar('x\udc00')).toBe(1)
    expect(firstIllegalXmlChar('\ufffe')).toBe(0)
    expect(firstIllegalXmlChar('\uffff')).toBe(0)
    expect(firstIllegalXmlChar('\u007f\u0085\ufffd')).toBe(-1)
  })

  it('refuses to serialize such a character, naming the element', () => {
    expect(() => serializeXml(el('r', [leaf('name', 'bell\u0007')]))).toThrow(XmlCharacterError)
    expect(() => serializeXml(el('r', [leaf('name', 'bell\u0007')]))).toThrow(
      /<name> holds U\+0007/,
    )
    expect(() => serializeXml(el('r', [], { a: '\u0001' }))).toThrow(XmlCharacterError)
  })
})
