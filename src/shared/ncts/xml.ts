/**
 * A tiny XML writer for the NCTS messages TransitDesk sends: elements hold either text or child
 * elements (no mixed content, no comments), and serialization gives a UTF-8 document with its
 * XML declaration, two-space indentation and one element per line.
 *
 * Text and attribute values are escaped, never cleaned: `&`, `<`, `>` and both quotes become
 * entities, a carriage return becomes `&#13;` (an XML parser would otherwise turn it into a line
 * feed), and in attributes tabs and line feeds become character references too (attribute
 * normalization would turn them into spaces). A character XML 1.0 cannot carry at all (most C0
 * controls, a lone surrogate, U+FFFE, U+FFFF) is refused with an `XmlCharacterError`: callers
 * that can name the element check with `firstIllegalXmlChar` first and refuse in their words.
 *
 * The output is built as an array of lines joined once, so its cost grows with its size.
 */

export interface XmlElement {
  readonly name: string
  readonly attributes?: Readonly<Record<string, string>>
  /** the element's text, or its child elements in order */
  readonly content: string | readonly XmlElement[]
}

/** What `el` takes as children: absent ones (undefined, null, false) are left out. */
export type XmlChild = XmlElement | undefined | null | false | readonly XmlChild[]

/** An element with child elements; nested arrays are flattened, absent children dropped. */
export function el(
  name: string,
  children: readonly XmlChild[],
  attributes?: Readonly<Record<string, string>>,
): XmlElement {
  const content: XmlElement[] = []
  collect(children, content)
  return attributes ? { name, attributes, content } : { name, content }
}

function collect(children: readonly XmlChild[], into: XmlElement[]): void {
  for (const child of children) {
    if (!child) continue
    if (Array.isArray(child)) collect(child as readonly XmlChild[], into)
    else into.push(child as XmlElement)
  }
}

/** An element holding text. */
export function leaf(name: string, text: string): XmlElement {
  return { name, content: text }
}

/** A character XML 1.0 cannot hold, met while serializing. */
export class XmlCharacterError extends Error {
  override readonly name = 'XmlCharacterError'
  constructor(
    readonly element: string,
    readonly codePoint: number,
  ) {
    super(
      `<${element}> holds U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}, which XML 1.0 does not allow`,
    )
  }
}

/**
 * The index (in UTF-16 units) of the first character XML 1.0 does not allow
 * (Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]), or -1.
 */
export function firstIllegalXmlChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20) {
      if (c !== 0x9 && c !== 0xa && c !== 0xd) return i
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i
      i++
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      return i
    }
  }
  return -1
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
}
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '\t': '&#9;',
  '\n': '&#10;',
}

function checked(text: string, element: string): string {
  const at = firstIllegalXmlChar(text)
  if (at >= 0) throw new XmlCharacterError(element, text.codePointAt(at) ?? 0)
  return text
}

const TEXT_SPECIAL = /[&<>"'\r]/
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]/

/** Text content escaped: & < > " ' and carriage return; nothing removed. */
export function escapeXmlText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text
  return text.replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c] ?? c)
}

/** An attribute value escaped for double quotes, with tab, line feed and carriage return kept. */
export function escapeXmlAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
}

function write(element: XmlElement, indent: string, lines: string[]): void {
  let open = `${indent}<${element.name}`
  if (element.attributes) {
    for (const [name, value] of Object.entries(element.attributes)) {
      open += ` ${name}="${escapeXmlAttribute(checked(value, element.name))}"`
    }
  }
  const { content } = element
  if (typeof content === 'string') {
    lines.push(`${open}>${escapeXmlText(checked(content, element.name))}</${element.name}>`)
  } else if (content.length === 0) {
    lines.push(`${open}/>`)
  } else {
    lines.push(`${open}>`)
    const inner = `${indent}  `
    for (const child of content) write(child, inner, lines)
    lines.push(`${indent}</${element.name}>`)
  }
}

/** The document: XML declaration (UTF-8), the root element indented by two spaces, final newline. */
export function serializeXml(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>']
  write(root, '', lines)
  lines.push('')
  return lines.join('\n')
}
