/**
 * How the workspace keeps a declaration: the exchange-file document itself, plus a small
 * summary row (status, times, list columns, search words) that the list reads without
 * loading documents of up to 999 items.
 */
import { asArray, getAt, isJsonObject, type JsonObject } from '../json'
import { validateDeclaration } from '../validation/validate'

/** Lifecycle states; only drafts exist until the lifecycle issue lands. */
export const DECLARATION_STATUSES = ['draft'] as const
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number]

export interface DeclarationSummary {
  id: string
  lrn: string
  procedure: string
  status: DeclarationStatus
  /** ISO timestamps */
  createdAt: string
  updatedAt: string
  /** 1 while in the trash (IndexedDB cannot index booleans) */
  trashed: 0 | 1
  deletedAt: string | null
  declarationDate: string
  holderName: string
  route: string[]
  itemCount: number
  packageCount: number
  grossMass: number
  /** lower-case search words: LRN, MRN, party names, HS codes, goods descriptions */
  words: string[]
  /** findings of the validator when the row was written (the list's readiness badge) */
  errorCount: number
  warningCount: number
}

/** The summary fields the list shows; a change to any of them is written at once. */
const LIST_COLUMNS = [
  'lrn',
  'procedure',
  'status',
  'declarationDate',
  'holderName',
  'itemCount',
  'packageCount',
  'grossMass',
  'errorCount',
  'warningCount',
] as const

type ListColumns = Omit<DeclarationSummary, 'words'>

export function listColumnsEqual(a: ListColumns, b: ListColumns): boolean {
  return LIST_COLUMNS.every((key) => a[key] === b[key]) && a.route.join() === b.route.join()
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const number = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0

export function listItems(document: JsonObject): JsonObject[] {
  return asArray(document.consignments)
    .flatMap((c) => (isJsonObject(c) ? asArray(c.items) : []))
    .filter(isJsonObject)
}

export function partyNames(document: JsonObject): string[] {
  const parties = [document.holder, document.representative, document.carrier]
  for (const c of asArray(document.consignments)) {
    if (isJsonObject(c)) parties.push(c.consignor, c.consignee)
  }
  return parties.map((p) => text(getAt(p, ['name']))).filter(Boolean)
}

/** Splits text into lower-case search words (letters and digits of any script). */
export function searchWords(value: string): string[] {
  return value.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

export function summarize(
  document: JsonObject,
  meta: Pick<
    DeclarationSummary,
    'id' | 'status' | 'createdAt' | 'updatedAt' | 'trashed' | 'deletedAt'
  >,
  today: string,
): DeclarationSummary {
  const lrn = text(document.lrn)
  const items = listItems(document)
  const words = new Set<string>(searchWords(lrn))
  if (lrn) words.add(lrn.toLocaleLowerCase())
  for (const source of [text(document.mrn), ...partyNames(document)]) {
    for (const word of searchWords(source)) words.add(word)
  }
  let packageCount = 0
  let grossMass = 0
  for (const item of items) {
    if (typeof item.hsCode === 'string' && item.hsCode) words.add(item.hsCode.toLowerCase())
    for (const word of searchWords(text(item.description))) words.add(word)
    grossMass += number(item.grossMass)
    for (const pkg of asArray(item.packages)) packageCount += number(getAt(pkg, ['count']))
  }
  return {
    ...meta,
    lrn,
    procedure: text(document.procedure),
    declarationDate: text(document.declarationDate),
    holderName: text(getAt(document, ['holder', 'name'])),
    route: asArray(document.countriesOfRouting).map(text),
    itemCount: items.length,
    packageCount,
    grossMass: Math.round(grossMass * 1000) / 1000,
    words: [...words],
    ...findingCounts(document, today),
  }
}

function findingCounts(
  document: JsonObject,
  today: string,
): Pick<DeclarationSummary, 'errorCount' | 'warningCount'> {
  const report = validateDeclaration(document, { today })
  return { errorCount: report.errors.length, warningCount: report.warnings.length }
}
