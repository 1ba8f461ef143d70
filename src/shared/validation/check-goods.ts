/**
 * The goods: consignments and their items (commodity code, masses, packages, containers, value,
 * dangerous goods, documents), and the item values against the invoice total.
 */
import { isHsSubheading } from '../codes/hs2022-subheadings'
import { isUnitCode } from '../codes/units'
import { LIMITS } from '../format/constants'
import { PATTERNS } from '../format/elements'
import { isJsonObject } from '../json'
import {
  type Checker,
  entryObject,
  entryString,
  listMax,
  type Obj,
  own,
  present,
  quote,
  readEntries,
  readList,
  readNumber,
  readObject,
  readString,
  readText,
} from './checker'
import { type DocumentFacts, type InvoiceFacts, readDocuments } from './check-documents'
import { readPackage } from './check-packages'
import { readParty } from './check-parties'
import { checkContainerNumber } from './identifiers'
import { readCountry, readField, readMoney } from './read-codes'

const MAX_ITEMS = LIMITS.itemsTotal

export interface GoodsState {
  containerised?: boolean
  /**
   * What says which particulars dangerous goods carry on the transport document: ADR by road,
   * RID (and SMGS annex 2) by rail; undefined by other modes
   */
  dangerousGoodsRules?: string
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

function readHsCode(c: Checker, item: Obj, base: string): void {
  const hs = readString(c, item, 'hsCode', base, true)
  if (hs === undefined) return
  const path = `${base}/hsCode`
  if (hs.length > 10 || !PATTERNS.hsCode.test(hs)) {
    c.report('hs.format', path, { value: quote(hs) })
  } else if (!isHsSubheading(hs.slice(0, 6))) {
    c.report('hs.subheading', path, { code: hs, subheading: hs.slice(0, 6) })
  }
}

function readMasses(c: Checker, item: Obj, base: string): void {
  const gross = readNumber(c, item, 'grossMass', base, 'item.grossMass', true)
  const net = readNumber(c, item, 'netMass', base, 'item.netMass', false)
  if (gross !== undefined && net !== undefined && net > gross) {
    c.report('mass.net-over-gross', `${base}/netMass`, { net, gross })
  }
}

function readSupplementaryUnits(c: Checker, item: Obj, base: string): void {
  const units = readObject(c, item, 'supplementaryUnits', base, false)
  if (!units) return
  const at = `${base}/supplementaryUnits`
  readNumber(c, units, 'quantity', at, 'item.supplementaryQuantity', true)
  const unit = readString(c, units, 'unit', at, true)
  if (unit !== undefined && !isUnitCode(unit)) {
    c.report('code.unit', `${at}/unit`, { value: quote(unit) })
  }
}

function readContainers(c: Checker, item: Obj, base: string, s: GoodsState): void {
  const containers = readList(c, item, 'containers', base, 'item.containers', true)
  if (!containers) return
  const n = Math.min(containers.length, listMax('item.containers'))
  for (let i = 0; i < n; i++) {
    const path = `${base}/containers/${i}`
    const container = entryString(c, containers[i], path)
    if (container === undefined) continue
    const result = checkContainerNumber(container)
    if (result.ok) continue
    if (result.problem === 'format') c.report('container.format', path, { value: quote(container) })
    else c.report('container.check-digit', path, { container, expected: result.expected ?? '' })
  }
  if (containers.length > 0) s.itemsWithContainers++
  else if (s.containerised === true) c.report('containers.required', `${base}/containers`)
}

/** The item's value; with an invoice, it adds to the sum compared with the invoice total. */
function readItemValue(c: Checker, item: Obj, base: string, s: GoodsState): void {
  const value = readMoney(c, item, 'value', base, 'item.value', false)
  if (!s.invoice.present) return
  if (!present(own(item, 'value'))) {
    const currency = s.invoice.currency
    c.report('invoice.item-value', `${base}/value`, currency ? { currency } : { context: 'any' })
    s.valuesComplete = false
  } else if (!value || value.amount === undefined || value.currency === undefined) {
    s.valuesComplete = false
  } else if (s.invoice.currency !== undefined && value.currency !== s.invoice.currency) {
    c.report('invoice.item-currency', `${base}/value/currency`, {
      currency: value.currency,
      invoice: s.invoice.currency,
    })
    s.valuesComplete = false
  } else s.valueSum += value.amount
}

/**
 * One dangerous substance: its UN number, and on a road or rail movement the particulars the
 * transport document must show (ADR / RID 5.4.1.1.1).
 */
function readDangerousGoods(c: Checker, entry: Obj, path: string, regulation?: string): void {
  const un = readString(c, entry, 'unNumber', path, true)
  if (un !== undefined && (un.length !== 4 || !PATTERNS.unNumber.test(un))) {
    c.report('structure.pattern', `${path}/unNumber`, { context: 'un-number', value: quote(un) })
  }
  readText(c, entry, 'properShippingName', path, 'dangerous.properShippingName', false)
  readText(c, entry, 'class', path, 'dangerous.class', false)
  readField(c, entry, 'packingGroup', path, 'dangerous.packingGroup', false)
  readText(c, entry, 'tunnelCode', path, 'dangerous.tunnelCode', false)
  if (regulation === undefined) return
  // The packing group is shown only "where assigned" (ADR 5.4.1.1.1 (d)), which the app cannot
  // tell without ADR's table A: its absence is not a finding.
  const name = present(own(entry, 'properShippingName'))
  const hazard = present(own(entry, 'class'))
  if (name && hazard) return
  const context = !name && !hazard ? 'both' : name ? 'class' : 'name'
  c.report('dangerous-goods.particulars', path, { context, regulation })
}

function readItem(c: Checker, item: Obj, base: string, number: number, s: GoodsState): void {
  const sequence = readNumber(c, item, 'sequence', base, 'item.sequence', true)
  if (sequence !== undefined && sequence !== number) {
    c.report('items.sequence', `${base}/sequence`, { sequence, expected: number })
  }
  readText(c, item, 'description', base, 'item.description', true)
  readHsCode(c, item, base)
  readCountry(c, item, 'countryOfOrigin', base, false)
  readMasses(c, item, base)
  readSupplementaryUnits(c, item, base)

  const packages = readList(c, item, 'packages', base, 'item.packages', true)
  if (packages) readEntries(c, packages, listMax('item.packages'), `${base}/packages`, readPackage)

  readContainers(c, item, base, s)
  readItemValue(c, item, base, s)
  const dangerous = readList(c, item, 'dangerousGoods', base, 'item.dangerousGoods', true)
  if (dangerous) {
    readEntries(c, dangerous, listMax('item.dangerousGoods'), `${base}/dangerousGoods`, (c, e, p) =>
      readDangerousGoods(c, e, p, s.dangerousGoodsRules),
    )
  }
  readDocuments(c, item, base, s.documents)
  readText(c, item, 'additionalInformation', base, 'item.additionalInformation', false)
}

export function readConsignments(c: Checker, d: Obj, s: GoodsState): void {
  const list = readList(c, d, 'consignments', '', 'consignments', true)
  if (!list) return
  const n = Math.min(list.length, listMax('consignments'))
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
    const items = readList(c, consignment, 'items', base, 'consignment.items', true)
    if (!items) continue
    for (let ii = 0; ii < items.length; ii++) {
      const path = `${base}/items/${ii}`
      if (s.count >= MAX_ITEMS) {
        c.report('items.too-many', path, { total, max: MAX_ITEMS })
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
    c.report('invoice.total', '/invoice/total', {
      sum: Math.round(goods.valueSum * 100) / 100,
      total: Math.round(invoice.total * 100) / 100,
      currency: invoice.currency,
    })
  }
}
