/**
 * The goods: consignments and their items (commodity code, masses, packages, containers, value,
 * dangerous goods, documents), and the item values against the invoice total.
 */
import { isHsSubheading } from '../codes/hs2022'
import { isUnitCode } from '../codes/units'
import { LIMITS, PACKING_GROUPS } from '../format/constants'
import { isJsonObject } from '../json'
import {
  type Checker,
  entryObject,
  entryString,
  type Obj,
  own,
  present,
  readEntries,
  readList,
  readNumber,
  readObject,
  readString,
  readText,
  show,
} from './checker'
import { type DocumentFacts, type InvoiceFacts, readDocuments } from './check-documents'
import { readPackage } from './check-packages'
import { readParty } from './check-parties'
import { checkContainerNumber } from './identifiers'
import { oneOf, readCode, readCountry, readMoney } from './read-codes'

const HS_CODE = /^(?:[0-9]{6}|[0-9]{8}|[0-9]{10})$/
const UN_NUMBER = /^[0-9]{4}$/
const MAX_ITEMS = LIMITS.itemsTotal
const PACKING_GROUP = oneOf(PACKING_GROUPS)

export interface GoodsState {
  containerised?: boolean
  /** road or rail at the border: dangerous goods need their ADR / RID particulars */
  landMode: boolean
  /** documents listed for the items, with well-formed codes */
  documents: DocumentFacts[]
  invoice: InvoiceFacts
  /** running count of items looked at */
  count: number
  valueSum: number
  /** every item had a usable value in the invoice currency */
  valuesComplete: boolean
  itemsWithContainers: number
}

function readHsCode(c: Checker, item: Obj, base: string, number: number): void {
  const hs = readString(c, item, 'hsCode', base, true)
  if (hs === undefined) return
  const path = `${base}/hsCode`
  if (hs.length > 10 || !HS_CODE.test(hs)) {
    c.report(
      'hs.format',
      path,
      `Commodity code ${show(hs)} of goods item ${number} should be 6, 8 or 10 digits, without dots or spaces.`,
    )
  } else if (!isHsSubheading(hs.slice(0, 6))) {
    c.report(
      'hs.subheading',
      path,
      `Commodity code ${hs} of goods item ${number}: ${hs.slice(0, 6)} is not a subheading of HS 2022.`,
    )
  }
}

function readMasses(c: Checker, item: Obj, base: string, number: number): void {
  const gross = readNumber(c, item, 'grossMass', base, {
    required: true,
    min: 0,
    above: true,
    mass: true,
    unit: 'kg',
  })
  const net = readNumber(c, item, 'netMass', base, {
    required: false,
    min: 0,
    mass: true,
    unit: 'kg',
  })
  if (gross !== undefined && net !== undefined && net > gross) {
    c.report(
      'mass.net-over-gross',
      `${base}/netMass`,
      `Goods item ${number}: the net mass ${net} kg is more than the gross mass ${gross} kg; net mass cannot exceed gross mass.`,
    )
  }
}

function readSupplementaryUnits(c: Checker, item: Obj, base: string, number: number): void {
  const units = readObject(c, item, 'supplementaryUnits', base, false)
  if (!units) return
  const at = `${base}/supplementaryUnits`
  readNumber(c, units, 'quantity', at, { required: true, min: 0, above: true })
  const unit = readString(c, units, 'unit', at, true)
  if (unit !== undefined && !isUnitCode(unit)) {
    c.report(
      'code.unit',
      `${at}/unit`,
      `Supplementary unit ${show(unit)} of goods item ${number} is not a UN/ECE Rec 20 code the app knows (e.g. NAR items, LTR litres, KGM kilograms, MTQ cubic metres).`,
    )
  }
}

function readContainers(c: Checker, item: Obj, base: string, number: number, s: GoodsState): void {
  const containers = readList(c, item, 'containers', base, 0, 99, true)
  if (!containers) return
  const n = Math.min(containers.length, 99)
  for (let i = 0; i < n; i++) {
    const path = `${base}/containers/${i}`
    const container = entryString(c, containers[i], path)
    if (container === undefined) continue
    const result = checkContainerNumber(container)
    if (result.ok) continue
    if (result.problem === 'format') {
      c.report(
        'container.format',
        path,
        `Container ${show(container)}: a container number is 4 letters (the 4th U, J or Z) and 7 digits, e.g. MSKU1234565.`,
      )
    } else {
      c.report(
        'container.check-digit',
        path,
        `Container ${container}: check digit should be ${result.expected}.`,
      )
    }
  }
  if (containers.length > 0) s.itemsWithContainers++
  else if (s.containerised === true) {
    c.report(
      'containers.required',
      `${base}/containers`,
      `Goods item ${number} lists no container, but the goods are declared as containerised: give its container number.`,
    )
  }
}

/** The item's value; with an invoice, it adds to the sum compared with the invoice total. */
function readItemValue(c: Checker, item: Obj, base: string, number: number, s: GoodsState): void {
  const value = readMoney(c, item, 'value', base, false)
  if (!s.invoice.present) return
  if (!present(own(item, 'value'))) {
    c.report(
      'invoice.item-value',
      `${base}/value`,
      `Goods item ${number} has no value; with an invoice every item states its value${s.invoice.currency ? ` in ${s.invoice.currency}` : ''}.`,
    )
    s.valuesComplete = false
  } else if (!value || value.amount === undefined || value.currency === undefined) {
    s.valuesComplete = false
  } else if (s.invoice.currency !== undefined && value.currency !== s.invoice.currency) {
    c.report(
      'invoice.item-currency',
      `${base}/value/currency`,
      `The value of goods item ${number} is in ${value.currency}, but the invoice is in ${s.invoice.currency}: give it in ${s.invoice.currency}.`,
    )
    s.valuesComplete = false
  } else s.valueSum += value.amount
}

/**
 * The item's dangerous goods: each UN number, and on a road or rail movement the particulars the
 * transport document must show (ADR / RID 5.4.1.1.1).
 */
function readDangerousGoods(
  c: Checker,
  item: Obj,
  base: string,
  number: number,
  s: GoodsState,
): void {
  const list = readList(c, item, 'dangerousGoods', base, 0, 99, true)
  if (!list) return
  // A loop rather than readEntries: a callback would need a closure over `number` per item.
  const n = Math.min(list.length, 99)
  for (let i = 0; i < n; i++) {
    const path = `${base}/dangerousGoods/${i}`
    const entry = entryObject(c, list[i], path)
    if (!entry) continue
    const un = readString(c, entry, 'unNumber', path, true)
    if (un !== undefined && (un.length !== 4 || !UN_NUMBER.test(un))) {
      c.report(
        'structure.pattern',
        `${path}/unNumber`,
        `UN number ${show(un)} of goods item ${number} should be 4 digits, e.g. 1202.`,
      )
    }
    const name = readText(c, entry, 'properShippingName', path, 1, 512, false)
    const hazard = readText(c, entry, 'class', path, 1, 35, false)
    readCode(c, entry, 'packingGroup', path, PACKING_GROUP, false)
    readText(c, entry, 'tunnelCode', path, 1, 10, false)
    if (!s.landMode) continue
    // The packing group is shown only "where assigned" (ADR 5.4.1.1.1 (d)), which the app
    // cannot tell without ADR's table A: its absence is not a finding.
    const missing = [
      name === undefined && !present(own(entry, 'properShippingName')) && 'proper shipping name',
      hazard === undefined && !present(own(entry, 'class')) && 'class',
    ].filter((m): m is string => typeof m === 'string')
    if (missing.length > 0) {
      c.report(
        'dangerous-goods.particulars',
        path,
        `Dangerous goods${un ? ` UN ${show(un)}` : ''} of goods item ${number}: the transport document must show the ${missing.join(', ')} (ADR 5.4.1.1.1).`,
      )
    }
  }
}

function readItem(c: Checker, item: Obj, base: string, number: number, s: GoodsState): void {
  const sequence = readNumber(c, item, 'sequence', base, {
    required: true,
    integer: true,
    min: 1,
  })
  if (sequence !== undefined && sequence !== number) {
    c.report(
      'items.sequence',
      `${base}/sequence`,
      `Item number ${sequence} should be ${number}: items are numbered 1, 2, 3 … without gaps across all consignments.`,
    )
  }
  readText(c, item, 'description', base, 1, 512, true)
  readHsCode(c, item, base, number)
  readCountry(c, item, 'countryOfOrigin', base, false)
  readMasses(c, item, base, number)
  readSupplementaryUnits(c, item, base, number)

  const packages = readList(c, item, 'packages', base, 1, LIMITS.packages, true)
  if (packages) readEntries(c, packages, LIMITS.packages, `${base}/packages`, readPackage)

  readContainers(c, item, base, number, s)
  readItemValue(c, item, base, number, s)
  readDangerousGoods(c, item, base, number, s)
  readDocuments(c, item, base, s.documents)
  readText(c, item, 'additionalInformation', base, 0, 512, false)
}

export function readConsignments(c: Checker, d: Obj, s: GoodsState): void {
  const list = readList(c, d, 'consignments', '', 1, LIMITS.consignments, true)
  if (!list) return
  const n = Math.min(list.length, LIMITS.consignments)
  let total = 0
  for (let i = 0; i < n; i++) {
    const entry = list[i]
    const items = isJsonObject(entry) ? own(entry, 'items') : undefined
    if (Array.isArray(items)) total += items.length
  }
  for (let ci = 0; ci < n; ci++) {
    const base = `/consignments/${ci}`
    c.itemOffsets[ci] = s.count
    const consignment = entryObject(c, list[ci], base)
    if (!consignment) continue
    readParty(c, consignment, 'consignor', base, true, true)
    readParty(c, consignment, 'consignee', base, true, true)
    const items = readList(c, consignment, 'items', base, 1, Infinity, true)
    if (!items) continue
    for (let ii = 0; ii < items.length; ii++) {
      const path = `${base}/items/${ii}`
      if (s.count >= MAX_ITEMS) {
        c.report(
          'items.too-many',
          path,
          `The declaration holds ${total} goods items; at most ${MAX_ITEMS} are allowed: split it into several declarations.`,
        )
        s.valuesComplete = false // the rest is not looked at, so no sum
        return
      }
      s.count++
      const item = entryObject(c, items[ii], path)
      if (item) readItem(c, item, path, s.count, s)
      else s.valuesComplete = false
    }
  }
}

function amountText(n: number): string {
  return String(Math.round(n * 100) / 100)
}

/** Invoice arithmetic: only when every item had a value in the invoice currency. */
export function checkInvoiceTotal(c: Checker, invoice: InvoiceFacts, goods: GoodsState): void {
  if (
    invoice.present &&
    invoice.currency !== undefined &&
    invoice.total !== undefined &&
    goods.valuesComplete &&
    goods.count > 0 &&
    Math.abs(goods.valueSum - invoice.total) > 0.01 + 1e-9 * Math.abs(invoice.total)
  ) {
    c.report(
      'invoice.total',
      '/invoice/total',
      `The item values add up to ${amountText(goods.valueSum)} ${invoice.currency}, but the invoice total is ${amountText(invoice.total)} ${invoice.currency}.`,
    )
  }
}
