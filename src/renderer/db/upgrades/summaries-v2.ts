/**
 * Frozen: the summary rows as schema version 2 rebuilt them (list columns and search words), for
 * its upgrade of version-1 databases. An upgrade must give the rows of its own version whatever
 * today's domain code does, so this file never changes and imports nothing of the domain.
 * Readiness counts (version 3) are not made here: the readiness check finds them afterwards,
 * with the rules of the day (features/readiness).
 */
import type { Transaction } from 'dexie'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const number = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0
const words = (value: string): string[] => value.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

function summaryV2(document: Json): Json {
  const lrn = text(document.lrn)
  const items = list(document.consignments)
    .flatMap((c) => (isObject(c) ? list(c.items) : []))
    .filter(isObject)
  const parties = [document.holder, document.representative, document.carrier]
  for (const c of list(document.consignments))
    if (isObject(c)) parties.push(c.consignor, c.consignee)
  const found = new Set<string>(words(lrn))
  if (lrn) found.add(lrn.toLocaleLowerCase())
  const names = parties.map((p) => (isObject(p) ? text(p.name) : '')).filter(Boolean)
  for (const source of [text(document.mrn), ...names]) for (const w of words(source)) found.add(w)
  let packageCount = 0
  let grossMass = 0
  for (const item of items) {
    if (typeof item.hsCode === 'string' && item.hsCode) found.add(item.hsCode.toLowerCase())
    for (const w of words(text(item.description))) found.add(w)
    grossMass += number(item.grossMass)
    for (const pkg of list(item.packages)) packageCount += isObject(pkg) ? number(pkg.count) : 0
  }
  return {
    lrn,
    procedure: text(document.procedure),
    declarationDate: text(document.declarationDate),
    holderName: isObject(document.holder) ? text(document.holder.name) : '',
    route: list(document.countriesOfRouting).map(text),
    itemCount: items.length,
    packageCount,
    grossMass: Math.round(grossMass * 1000) / 1000,
    words: [...found],
  }
}

/**
 * Rebuilds every summary row from its document (version 1 kept documents as objects), keeping
 * identity, status and times; the unique-LRN key is set only for a non-blank LRN.
 */
export async function rebuildSummariesV2(tx: Transaction): Promise<void> {
  const documents = new Map<string, Json>()
  for (const row of (await tx.table('documents').toArray()) as Json[]) {
    if (isObject(row.document)) documents.set(String(row.id), row.document)
  }
  const now = new Date().toISOString()
  await tx
    .table('declarations')
    .toCollection()
    .modify((row: Json) => {
      const document = documents.get(String(row.id))
      if (!document) return
      const summary = summaryV2(document)
      Object.assign(row, summary, {
        status: row.status ?? 'draft',
        createdAt: row.createdAt ?? now,
        updatedAt: row.updatedAt ?? now,
        trashed: row.trashed ?? 0,
        deletedAt: row.deletedAt ?? null,
      })
      if (summary.lrn) row.lrnKey = summary.lrn
      else delete row.lrnKey
    })
}
