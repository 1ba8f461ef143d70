/**
 * One goods item as a ConsignmentItem (ctypes.xsd ConsignmentItemType09): its numbers, its
 * Commodity (CommodityType07: description, commodity code, dangerous goods, goods measure), its
 * Packaging and its previous and supporting documents. Its transport documents go to its house
 * consignment (the item has no TransportDocument in this schema), which `transportDocuments`
 * collects.
 *
 * Not written, for CC015C has no element for them: country of origin, the item's value, the unit
 * of the supplementary units (the tariff fixes it), the ADR particulars beyond the UN number,
 * documents' dates, and the free-text additional information (AdditionalInformation needs a
 * CL239 code, which the format does not record).
 */
import type { Item } from '../../format/schema'
import { el, leaf, type XmlElement } from '../xml'
import { documentGroup, type DocumentGroup } from './codes'
import { documentGroupElements, type DocumentEntry } from './documents'
import { type Scope, sequenceNumber } from './scope'
import { an, DECIMALS, INTEGERS, TYPES } from './xsd-types'

export interface WrittenItem {
  element: XmlElement
  /** the item's gross mass as written (decimal text) */
  grossMass: string
  /** the item's documents of CL754, for its house consignment */
  transportDocuments: DocumentEntry[]
}

/**
 * CommodityCodeType02: the HS subheading (the code's first 6 digits) and, for an 8-digit code,
 * the combined nomenclature code (digits 7–8). A 10-digit code is refused, not cut: the schema
 * has no element for digits 9–10.
 */
function commodityCode(s: Scope, hsCode: string | undefined): XmlElement {
  const c: Scope = s.in('CommodityCode', 'hsCode')
  if (typeof hsCode === 'string' && /^[0-9]{10}$/.test(hsCode)) {
    c.refuse(
      'tooLong',
      'combinedNomenclatureCode',
      `${c.from} "${hsCode}" has 10 digits; CC015C carries 8 (HS subheading and CN code)`,
    )
  }
  if (typeof hsCode !== 'string' || !/^[0-9]{6}(?:[0-9]{2})?$/.test(hsCode)) {
    c.refuse(
      hsCode ? 'invalidCharacter' : 'missing',
      'harmonizedSystemSubHeadingCode',
      `${c.from} "${hsCode ?? ''}" is not a commodity code of 6 or 8 digits`,
    )
  }
  return el('CommodityCode', [
    leaf(
      'harmonizedSystemSubHeadingCode',
      c.check('harmonizedSystemSubHeadingCode', hsCode.slice(0, 6), TYPES.hs6),
    ),
    hsCode.length === 8 && c.text('combinedNomenclatureCode', hsCode.slice(6), TYPES.cn2),
  ])
}

function commodity(s: Scope, item: Item): { element: XmlElement; grossMass: string } {
  const c = s.in('Commodity')
  const m = c.in('GoodsMeasure')
  const grossMass = m.decimalText('grossMass', item.grossMass, DECIMALS.massWithZero, 'grossMass')
  c.count('DangerousGoods', item.dangerousGoods?.length ?? 0, 99, 'dangerousGoods')
  const element = el('Commodity', [
    c.text('descriptionOfGoods', item.description, an(512), 'description'),
    commodityCode(c, item.hsCode),
    (item.dangerousGoods ?? []).map((goods, i) =>
      el('DangerousGoods', [
        sequenceNumber(i),
        c
          .in(`DangerousGoods[${i + 1}]`, `dangerousGoods/${i}`)
          .text('UNNumber', goods.unNumber, TYPES.unNumber, 'unNumber'),
      ]),
    ),
    el('GoodsMeasure', [
      leaf('grossMass', grossMass),
      item.netMass !== null &&
        item.netMass !== undefined &&
        m.decimal('netMass', item.netMass, DECIMALS.mass, 'netMass'),
      item.supplementaryUnits &&
        m.decimal(
          'supplementaryUnits',
          item.supplementaryUnits.quantity,
          DECIMALS.mass,
          'supplementaryUnits/quantity',
        ),
    ]),
  ])
  return { element, grossMass }
}

/** PackagingType03: kind, number and shipping marks, each as the file has it. */
function packaging(s: Scope, item: Item): XmlElement[] {
  const packages = item.packages ?? []
  if (packages.length === 0) s.refuse('missing', 'Packaging', `${s.source('packages')} is empty`)
  s.count('Packaging', packages.length, 99, 'packages')
  return packages.map((pkg, i) => {
    const p = s.in(`Packaging[${i + 1}]`, `packages/${i}`)
    return el('Packaging', [
      sequenceNumber(i),
      p.text('typeOfPackages', pkg.kind, TYPES.packageType, 'kind'),
      pkg.count !== null &&
        pkg.count !== undefined &&
        p.integer('numberOfPackages', pkg.count, INTEGERS.packages, 'count'),
      p.optionalText('shippingMarks', pkg.marks, an(512), 'marks'),
    ])
  })
}

/**
 * One ConsignmentItem: goodsItemNumber counts within its house consignment,
 * declarationGoodsItemNumber across the declaration (TIS: "unique to the consignment as a
 * whole", as HMRC's cache numbers them in app/api/submission/Consignment.scala).
 */
export function consignmentItem(
  s: Scope,
  item: Item,
  goodsItemNumber: number,
  declarationGoodsItemNumber: number,
): WrittenItem {
  const { element: commodityElement, grossMass } = commodity(s, item)
  const entries: Record<DocumentGroup, DocumentEntry[]> = {
    PreviousDocument: [],
    SupportingDocument: [],
    TransportDocument: [],
  }
  for (const [i, document] of (item.documents ?? []).entries()) {
    entries[documentGroup(document.type)].push({
      type: document.type,
      reference: document.reference,
      from: s.source(`documents/${i}`),
    })
  }
  const element = el('ConsignmentItem', [
    s.integer('goodsItemNumber', goodsItemNumber, INTEGERS.sequence),
    s.integer('declarationGoodsItemNumber', declarationGoodsItemNumber, INTEGERS.declarationItem),
    commodityElement,
    packaging(s, item),
    documentGroupElements(s, 'PreviousDocument', entries.PreviousDocument, 99),
    documentGroupElements(s, 'SupportingDocument', entries.SupportingDocument, 99),
  ])
  return { element, grossMass, transportDocuments: entries.TransportDocument }
}
