/**
 * The commercial invoice (with its Incoterms rule) and the documents listed for the declaration
 * or a goods item.
 */
import { isKnownDocumentCode } from '../codes/document-codes'
import { INCOTERM_NAMES, isIncoterm } from '../codes/incoterms'
import { LIMITS } from '../format/constants'
import {
  type Checker,
  type Obj,
  readEntries,
  readList,
  readNumber,
  readObject,
  readString,
  readText,
  show,
} from './checker'
import { CALENDAR_DATE, CURRENCY, readCode } from './read-codes'

const DOCUMENT_TYPE = /^N[0-9A-Z]{3}$/

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
    else {
      c.report(
        'code.incoterm',
        `${at}/rule`,
        `Incoterms rule ${show(value)} should be one of the Incoterms 2020 rules: ${Object.keys(INCOTERM_NAMES).join(', ')}.`,
      )
    }
  }
  readText(c, incoterm, 'place', at, 1, 35, true)
  return rule
}

export function readInvoice(c: Checker, d: Obj): InvoiceFacts {
  const invoice = readObject(c, d, 'invoice', '', false)
  if (!invoice) return { present: false }
  const base = '/invoice'
  readText(c, invoice, 'number', base, 1, 35, true)
  readCode(c, invoice, 'date', base, CALENDAR_DATE, true)
  const currency = readCode(c, invoice, 'currency', base, CURRENCY, true)
  const rule = readIncoterm(c, invoice, base)
  const total = readNumber(c, invoice, 'total', base, { required: true, min: 0 })
  readNumber(c, invoice, 'exchangeRate', base, { required: false, min: 0, above: true })
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
    if (type.length === 4 && DOCUMENT_TYPE.test(type)) found.push({ type, path })
    if (type.length !== 4 || !DOCUMENT_TYPE.test(type)) {
      c.report(
        'structure.pattern',
        `${path}/type`,
        `Document code ${show(type)} should be N and 3 letters or digits, e.g. N380 for a commercial invoice.`,
      )
    } else if (!isKnownDocumentCode(type)) {
      c.report(
        'code.document',
        `${path}/type`,
        `Document code ${type} is not one the app knows; check that it is right.`,
      )
    }
  }
  readText(c, doc, 'reference', path, 1, 70, true)
  readCode(c, doc, 'date', path, CALENDAR_DATE, false)
}

/**
 * The documents of the declaration (`base` "") or of a goods item; those with a well-formed code
 * are added to `found`.
 */
export function readDocuments(c: Checker, o: Obj, base: string, found: DocumentFacts[]): void {
  const list = readList(c, o, 'documents', base, 0, LIMITS.documents, true)
  if (!list) return
  readEntries(c, list, LIMITS.documents, `${base}/documents`, (c, doc, path) =>
    readDocument(c, doc, path, found),
  )
}
