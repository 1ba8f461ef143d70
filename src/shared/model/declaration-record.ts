/**
 * How the workspace keeps a declaration: the exchange-file document itself, plus a small
 * summary row (status, times, list columns, search words) that the list reads without
 * loading documents of up to 999 items.
 *
 * The summary is read from the document through the one view (view.ts). Its readiness counts
 * are not: they come from the validator where it already runs (the editor's checks in their
 * worker, the readiness check of stored declarations), so writing a declaration never waits
 * for a check.
 */
import { MOVEMENT_STATUSES } from '../format/constants'
import type { JsonObject } from '../json'
import { isMovementStatus } from '../movement/movement-state'
import type { ValidationReport } from '../validation/report'
import { RULES_VERSION } from '../validation/rules-version'
import { declarationView } from './view'

/** Where a declaration stands with customs: its movement's status (a file without one: draft). */
export const DECLARATION_STATUSES = MOVEMENT_STATUSES
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number]

/** The validator's finding counts for the list's readiness badge. */
export interface Readiness {
  errorCount: number
  warningCount: number
}

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
  /** the date by which the goods must reach destination ('' when none) */
  limitDate?: string
  holderName: string
  route: string[]
  itemCount: number
  packageCount: number
  grossMass: number
  /** lower-case search words: LRN, MRN, party names, HS codes, goods descriptions */
  words: string[]
  /** the validator's findings, for the readiness badge; absent until the declaration is checked */
  errorCount?: number
  warningCount?: number
  /** the rules (RULES_VERSION) the counts were found with; older or absent: to be checked again */
  rules?: number
}

/** The summary fields the list shows; a change to any of them is written at once. */
const LIST_COLUMNS = [
  'lrn',
  'procedure',
  'status',
  'declarationDate',
  'limitDate',
  'holderName',
  'itemCount',
  'packageCount',
  'grossMass',
  'errorCount',
  'warningCount',
  'rules',
] as const

type ListColumns = Omit<DeclarationSummary, 'words'>

export function listColumnsEqual(a: ListColumns, b: ListColumns): boolean {
  return LIST_COLUMNS.every((key) => a[key] === b[key]) && a.route.join() === b.route.join()
}

/** The summary's readiness fields for counts found with today's rules. */
export function readinessColumns(
  readiness: Readiness,
): Required<Pick<ListColumns, 'errorCount' | 'warningCount' | 'rules'>> {
  return { ...readiness, rules: RULES_VERSION }
}

/**
 * The counts a report gives the stored declaration: what its file says, so the workspace's
 * LRN uniqueness (lrn.unique, known only to the editor) is not among them.
 */
export function readinessOf(report: ValidationReport): Readiness {
  const errorCount = report.errors.filter((f) => f.rule !== 'lrn.unique').length
  return { errorCount, warningCount: report.warnings.length }
}

/** Whether a summary's counts were found with today's rules. */
export function isChecked(summary: Pick<DeclarationSummary, 'rules' | 'errorCount'>): boolean {
  return summary.rules === RULES_VERSION && summary.errorCount !== undefined
}

/** Splits text into lower-case search words (letters and digits of any script). */
export function searchWords(value: string): string[] {
  return value.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

type SummaryMeta = Pick<
  DeclarationSummary,
  'id' | 'status' | 'createdAt' | 'updatedAt' | 'trashed' | 'deletedAt'
>

/**
 * The summary of a document, without readiness counts (`readiness` gives them, when the caller
 * has them for exactly this document).
 */
export function summarize(
  document: JsonObject,
  meta: SummaryMeta,
  readiness?: Readiness,
): DeclarationSummary {
  const view = declarationView(document)
  const words = new Set<string>(searchWords(view.lrn))
  if (view.lrn) words.add(view.lrn.toLocaleLowerCase())
  const parties = [view.holder, view.representative, view.carrier]
  for (const c of view.consignments) parties.push(c.consignor, c.consignee)
  for (const source of [view.mrn, ...parties.map((p) => p?.name ?? '')]) {
    for (const word of searchWords(source)) words.add(word)
  }
  let packageCount = 0
  let grossMass = 0
  for (const item of view.items) {
    if (item.hsCode) words.add(item.hsCode.toLowerCase())
    for (const word of searchWords(item.description)) words.add(word)
    grossMass += item.grossMass ?? 0
    for (const pkg of item.packages) packageCount += pkg.count ?? 0
  }
  return {
    ...meta,
    status: isMovementStatus(view.movement.status) ? view.movement.status : 'draft',
    lrn: view.lrn,
    procedure: view.procedure,
    declarationDate: view.declarationDate,
    limitDate: view.limitDate,
    holderName: view.holder?.name ?? '',
    route: view.countriesOfRouting,
    itemCount: view.items.length,
    packageCount,
    grossMass: Math.round(grossMass * 1000) / 1000,
    words: [...words],
    ...(readiness ? readinessColumns(readiness) : {}),
  }
}
