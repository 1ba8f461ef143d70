/**
 * The validator: every check of validation.md over a declaration file
 * (`transitdesk.declaration/1`), as one pass of hand-written guards. The input may be any value
 * at all — this never throws and never builds anything per item that it could build once.
 *
 * Findings point at the most specific element at fault (RFC 6901), name the value and what is
 * expected, and carry the rule id of rules.ts and the box of the element. The sections are read
 * in the order of the file, then the checks across sections run; the findings keep that order.
 */
import { isJsonObject } from '../json'
import { Checker, kind, type Obj, own, readText } from './checker'
import {
  checkCarrier,
  checkContainerised,
  checkDates,
  checkDocumentKinds,
  checkIncotermContainers,
  checkProcedure,
} from './check-consistency'
import { type DocumentFacts, readDocuments, readInvoice } from './check-documents'
import { checkInvoiceTotal, type GoodsState, readConsignments } from './check-goods'
import { readHeader } from './check-header'
import { readGuarantee } from './check-guarantee'
import { checkItinerary, readPlace, readRouting } from './check-itinerary'
import { readOffices } from './check-offices'
import { readMovement } from './check-movement'
import { readParty } from './check-parties'
import { readSeals, readTransport } from './check-transport'
import { isCalendarDate } from './read-codes'
import type { ValidationOptions, ValidationReport } from './report'

// Exported from here before the validator was split into modules; kept for importers.
export { isCalendarDate } from './read-codes'

/** The particulars of dangerous goods on the transport document, by the mode at the border. */
const DANGEROUS_GOODS_RULES: Record<string, string> = {
  '2': 'RID 5.4.1.1.1, SMGS annex 2',
  '3': 'ADR 5.4.1.1.1',
}

function checkDeclaration(c: Checker, d: Obj, today: string | undefined, lrnTaken: boolean) {
  const header = readHeader(c, d, lrnTaken, today)
  const routing = readRouting(c, d)
  const offices = readOffices(c, d)

  const holder = readParty(c, d, 'holder', '', true, true)
  readParty(c, d, 'representative', '', false, false)
  const carrier = readParty(c, d, 'carrier', '', false, false)

  const transport = readTransport(c, d)
  const guarantee = readGuarantee(c, d, header.procedure)
  readSeals(c, d)

  readPlace(c, d, 'placeOfLoading')
  readPlace(c, d, 'placeOfUnloading')
  readText(c, d, 'locationOfGoods', '', 'locationOfGoods', false)
  const invoice = readInvoice(c, d)
  const documents: DocumentFacts[] = []
  readDocuments(c, d, '', documents)

  const goods: GoodsState = {
    containerised: transport.containerised,
    dangerousGoodsRules: DANGEROUS_GOODS_RULES[transport.borderMode ?? ''],
    documents,
    invoice,
    count: 0,
    valueSum: 0,
    valuesComplete: true,
    itemsWithContainers: 0,
  }
  readConsignments(c, d, goods)
  readText(c, d, 'remarks', '', 'remarks', false)
  readMovement(c, d)

  const { procedure, dispatch, destination } = header
  checkItinerary(c, { procedure, dispatch, destination, routing, offices, guarantee })
  checkDates(c, header, guarantee, today)
  checkProcedure(c, header, routing.countries, guarantee, holder, transport)
  checkCarrier(c, carrier !== undefined, transport)
  checkDocumentKinds(c, documents, procedure, transport)
  checkContainerised(c, transport, goods)
  checkIncotermContainers(c, invoice, transport)
  checkInvoiceTotal(c, invoice, goods)
}

function readOptions(options: unknown): { today?: string; lrnTaken: boolean } {
  if (!isJsonObject(options)) return { lrnTaken: false }
  const today = own(options, 'today')
  return {
    today: typeof today === 'string' && isCalendarDate(today) ? today : undefined,
    lrnTaken: own(options, 'lrnTaken') === true,
  }
}

/**
 * Checks a declaration file (any value) and reports every finding. Never throws.
 * `options.today` (YYYY-MM-DD) is the date that counts as today; `options.lrnTaken` says
 * whether another declaration of the workspace already has this LRN.
 */
export function validateDeclaration(input: unknown, options: ValidationOptions): ValidationReport {
  if (!isJsonObject(input)) {
    return {
      valid: false,
      errors: [{ rule: 'structure.not-an-object', path: '', params: { actual: kind(input) } }],
      warnings: [],
    }
  }
  const c = new Checker()
  try {
    const { today, lrnTaken } = readOptions(options)
    checkDeclaration(c, input, today, lrnTaken)
  } catch {
    c.report('structure.unreadable', '')
  }
  return { valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings }
}
