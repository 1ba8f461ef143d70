/**
 * The commercial invoice (with its Incoterms rule) and the documents listed for the declaration
 * or a goods item.
 */
import { isKnownDocumentCode } from '../codes/document-codes'
import { isIncoterm } from '../codes/incoterms'
import { PATTERNS } from '../format/elements'
import {
  type Checker,
  listMax,
  type Obj,
  quote,
  readEntries,
  readList,
  readNumber,
  readObject,
  readString,
  readText,
} from './checker'
import { readField } from './read-codes'

export interface InvoiceFacts {
  present: boolean
  currency?: string
  total?: number
  rule?: string
}

function readIncoterm(c: Checker, invoice: Obj, base: string): string | undefined {
  const incoterm = readObject(c, invoice, 'incoterm', base, true)
  if (!incoterm) return undefined
  const at = `${base}/incoterm`
  const value = readString(c, incoterm, 'rule', at, true)
  let rule: string | undefined
  if (value !== undefined) {
    if (isIncoterm(value)) rule = value
    else c.report('code.incoterm', `${at}/rule`, { value: quote(value) })
  }
  readText(c, incoterm, 'place', at, 'invoice.incotermPlace', true)
  return rule
}

export function readInvoice(c: Checker, d: Obj): InvoiceFacts {
  const invoice = readObject(c, d, 'invoice', '', false)
  if (!invoice) return { present: false }
  const base = '/invoice'
  readText(c, invoice, 'number', base, 'invoice.number', true)
  readField(c, invoice, 'date', base, 'invoice.date', true)
  const currency = readField(c, invoice, 'currency', base, 'invoice.currency', true)
  const rule = readIncoterm(c, invoice, base)
  const total = readNumber(c, invoice, 'total', base, 'invoice.total', true)
  readNumber(c, invoice, 'exchangeRate', base, 'invoice.exchangeRate', false)
  return { present: true, currency, total, rule }
}

/** A listed document whose code has the right shape, and where it is. */
export interface DocumentFacts {
  type: string
  path: string
}

function readDocument(c: Checker, doc: Obj, path: string, found: DocumentFacts[]): void {
  const type = readString(c, doc, 'type', path, true)
  if (type !== undefined) {
    if (type.length !== 4 || !PATTERNS.documentType.test(type)) {
      c.report('structure.pattern', `${path}/type`, { context: 'document', value: quote(type) })
    } else {
      found.push({ type, path })
      if (!isKnownDocumentCode(type)) c.report('code.document', `${path}/type`, { type })
    }
  }
  readText(c, doc, 'reference', path, 'document.reference', true)
  readField(c, doc, 'date', path, 'document.date', false)
}

/**
 * The documents of the declaration (`base` "") or of a goods item; those with a well-formed code
 * are added to `found`.
 */
export function readDocuments(c: Checker, o: Obj, base: string, found: DocumentFacts[]): void {
  const id = base === '' ? 'documents' : 'item.documents'
  const list = readList(c, o, 'documents', base, id, true)
  if (!list) return
  readEntries(c, list, listMax(id), `${base}/documents`, (c, doc, path) =>
    readDocument(c, doc, path, found),
  )
}
