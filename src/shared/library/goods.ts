/**
 * The goods catalogue: lines a forwarder enters again and again (description, HS code, origin,
 * package kind, and masses and value per package), turned into a goods item in two keystrokes.
 */
import { searchWords } from '../codes/search-text'
import type { JsonObject } from '../json'
import { itemView } from '../model/view'

export interface GoodsLine {
  description: string
  hsCode: string
  countryOfOrigin?: string
  packageKind?: string
  /** per package, kg */
  grossMassPerPackage?: number
  netMassPerPackage?: number
  /** per package, in `currency` */
  valuePerPackage?: number
  currency?: string
}

export interface GoodsEntry {
  id: string
  line: GoodsLine
  words: string[]
  createdAt: string
  updatedAt: string
}

const positive = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
/** Per-package figures keep three decimals (grams, a tenth of a cent), as the format does. */
const round3 = (value: number) => Math.round(value * 1000) / 1000

/**
 * The catalogue line of a goods item (any value: it is read through the declaration's view):
 * its masses and value divided by its package count.
 */
export function goodsLineFromItem(goodsItem: unknown): GoodsLine {
  const item = itemView(goodsItem)
  const first = item.packages[0]
  const count = item.packages.reduce((sum, p) => sum + (positive(p.count) ?? 0), 0) || 1
  const per = (total: number | undefined) => {
    const n = positive(total)
    return n === undefined ? undefined : round3(n / count)
  }
  const line: GoodsLine = { description: item.description.trim(), hsCode: item.hsCode.trim() }
  const optional: Partial<GoodsLine> = {
    countryOfOrigin: item.countryOfOrigin.trim() || undefined,
    packageKind: first?.kind.trim() || undefined,
    grossMassPerPackage: per(item.grossMass),
    netMassPerPackage: per(item.netMass),
    valuePerPackage: per(item.value?.amount),
    currency: item.value?.currency.trim() || undefined,
  }
  for (const [key, v] of Object.entries(optional)) {
    if (v !== undefined) (line as unknown as Record<string, unknown>)[key] = v
  }
  return line
}

/** A goods item (without its sequence) for `packages` packages of a catalogue line. */
export function itemFromGoodsLine(line: GoodsLine, packages: number): JsonObject {
  const count = Math.max(1, Math.floor(packages))
  const times = (n: number | undefined) => (n === undefined ? undefined : round3(n * count))
  const item: JsonObject = { description: line.description, hsCode: line.hsCode }
  if (line.countryOfOrigin) item.countryOfOrigin = line.countryOfOrigin
  const gross = times(line.grossMassPerPackage)
  if (gross !== undefined) item.grossMass = gross
  const net = times(line.netMassPerPackage)
  if (net !== undefined) item.netMass = net
  item.packages = [{ ...(line.packageKind ? { kind: line.packageKind } : {}), count }]
  const value = times(line.valuePerPackage)
  if (value !== undefined)
    item.value = { amount: value, ...(line.currency ? { currency: line.currency } : {}) }
  return item
}

export function goodsWords(line: GoodsLine): string[] {
  return [
    ...new Set([line.description, line.hsCode, line.countryOfOrigin ?? ''].flatMap(searchWords)),
  ]
}

export function goodsEntry(
  line: GoodsLine,
  at: string,
  id: string,
  existing?: GoodsEntry,
): GoodsEntry {
  return {
    id: existing?.id ?? id,
    line,
    words: goodsWords(line),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  }
}
