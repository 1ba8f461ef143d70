/** Small builders the documents share. */
import type { Box, BoxGrid, PacketDocumentId } from '../content'
import { formatCountry, formatMoney, formatNumber, join, lines, spaced } from '../format'
import type { DeclarationView, DocumentView, PartyView } from '../../model/view'
import { ENGLISH_PAPERS } from '../languages/en'

export function box(number: string, label: string, value: string, span?: number): Box {
  return span && span > 1 ? { number, label, value, span } : { number, label, value }
}

export function grid(columns: number, boxes: Box[], title?: string): BoxGrid {
  return title === undefined
    ? { kind: 'boxes', columns, boxes }
    : { kind: 'boxes', columns, boxes, title }
}

/** English titles of the papers, as the PDF metadata and the English papers name them. */
export const documentTitles: Readonly<Record<PacketDocumentId, string>> = ENGLISH_PAPERS.titles

/** Values of a list, each once, in first-seen order. */
export function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))]
}

/** The other kinds of security, as EAEU Customs Code art. 63 and Pakistan's rules name them. */
const GUARANTEE_NAMES: Readonly<Record<string, string>> = {
  BANK: 'Bank guarantee',
  SURETY: 'Surety',
  PLEDGE: 'Pledge of property',
  INSURANCE: 'Insurance contract',
}

/**
 * The guarantee as the SAD's box 52 and the TAD print it. The GRN's access code is a secret
 * between the principal and customs: it is never printed.
 */
export function formatGuarantee(g: DeclarationView['guarantee']): string {
  const amount = g.amount ? formatMoney(g.amount.amount, g.amount.currency) : ''
  switch (g.kind) {
    case 'TIR_CARNET':
      return lines(
        spaced('TIR Carnet', g.reference),
        join(
          ', ',
          g.validUntil !== '' && `valid until ${g.validUntil}`,
          g.vouchers !== undefined && `${formatNumber(g.vouchers, 0)} vouchers`,
        ),
      )
    case 'GRN':
      return lines(spaced('GRN', g.reference), amount)
    case 'CASH':
      return lines('Cash deposit', g.reference, amount)
    case 'WAIVER':
      return lines('Guarantee waiver', g.reference, amount)
    default:
      return lines(GUARANTEE_NAMES[g.kind] ?? g.kind, g.reference, amount)
  }
}

/**
 * One line per entry, empty entries kept as empty lines so that parallel cells (marks,
 * counts, kinds of the same packages) stay aligned; empty when every entry is.
 */
export function stacked(values: string[]): string {
  return values.every((v) => v === '') ? '' : values.join('\n')
}

/**
 * Transport documents (NCTS code list CL754) go to [12 05], earlier customs documents to
 * [12 01]; everything else is a supporting document [12 03].
 */
const TRANSPORT_DOCUMENTS = new Set([
  'N703', 'N704', 'N705', 'N710', 'N714', 'N720', 'N722', 'N730', 'N740', 'N741', 'N750', 'N760',
  'N785',
]) // prettier-ignore
const PREVIOUS_DOCUMENTS = new Set(['N820', 'N823'])

export function documentRole(doc: DocumentView): 'transport' | 'previous' | 'supporting' {
  if (TRANSPORT_DOCUMENTS.has(doc.type)) return 'transport'
  if (PREVIOUS_DOCUMENTS.has(doc.type)) return 'previous'
  return 'supporting'
}

/** Labels of a bilingual paper (CMR, SMGS): box number → [Russian, English]. */
export type BilingualLabels = Readonly<Record<string, readonly [string, string]>>

/** A box of a bilingual paper: Russian label, English beside it. */
export function bilingualBox(
  labels: BilingualLabels,
  number: string,
  value: string,
  span?: number,
): Box {
  const [label, labelSecondary] = labels[number]!
  const b: Box = { number, label, labelSecondary, value }
  if (span && span > 1) b.span = span
  return b
}

/** A table column of a bilingual paper: "9 Наименование груза / Nature of the goods". */
export function bilingualColumn(labels: BilingualLabels, number: string): string {
  const [ru, en] = labels[number]!
  return `${number} ${ru} / ${en}`
}

/** "Almaty, Kazakhstan (KZ)": where a party is, when no place is given. */
export function cityOf(party: PartyView | undefined): string {
  const a = party?.address
  return a ? join(', ', a.city, formatCountry(a.country)) : ''
}
