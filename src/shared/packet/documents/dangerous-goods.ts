/**
 * The particulars of dangerous goods as the transport document prints them, for the CMR (ADR)
 * and the SMGS data sheet (RID / SMGS annex 2), in the order ADR 5.4.1.1.1 requires:
 *   (a) the UN number preceded by "UN", (b) the proper shipping name, (c) the label model
 *   numbers (the class when no label is given; numbers after the first in brackets), (d) the
 *   packing group, then the tunnel restriction code in capitals and in brackets,
 * with nothing in between: "UN 1098 ALLYL ALCOHOL, 6.1 (3), I, (C/D)" (the ADR example; the
 * packing group may also be written "PG I"). Sources: ADR 5.4.1.1.1 and 5.4.1.4.1
 * (docs/papers-research.md §6).
 *
 * Tunnel restriction codes are a road matter (ADR 1.9.5, chapter 8.6): the rail paper leaves
 * them out (`tunnelCode: false`).
 */
import type { DangerousGoodsView, ItemView } from '../../model/view'

export interface DangerousGoodsOptions {
  /** print the tunnel restriction code (road, ADR); default true */
  tunnelCode?: boolean
}

/** "(C/D)" from "C/D", "(C/D)" or " c/d ": capitals, in brackets; empty stays empty. */
export function formatTunnelCode(code: string): string {
  const bare = code
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim()
  return bare === '' ? '' : `(${bare.toUpperCase()})`
}

/** One substance: "UN 1098 ALLYL ALCOHOL, 6.1 (3), I, (C/D)". */
export function dangerousGoodsParticulars(
  d: DangerousGoodsView,
  options: DangerousGoodsOptions = {},
): string {
  const un = d.unNumber.trim()
  const name = d.properShippingName.trim()
  const head = name === '' ? `UN ${un}` : `UN ${un} ${name}`
  const tunnel = options.tunnelCode === false ? '' : formatTunnelCode(d.tunnelCode)
  return [head, d.class.trim(), d.packingGroup.trim(), tunnel].filter((p) => p !== '').join(', ')
}

/** The particulars of every dangerous substance of an item, one a line. */
export function itemDangerousGoods(item: ItemView, options: DangerousGoodsOptions = {}): string[] {
  return item.dangerousGoods.map((d) => dangerousGoodsParticulars(d, options))
}
