/**
 * The declaration's documents at consignment level and the goods items' transport documents at
 * house consignment level, each in the group of its code (codes.ts `documentGroup`: CL214
 * previous, CL754 transport, CL213 supporting), each group numbered from 1 in the file's order.
 * A document's date has no element in CC015C and is not written.
 */
import type { DeclarationFile } from '../../format/schema'
import { el, type XmlElement } from '../xml'
import { documentGroup, INVOICE_DOCUMENT, TIR_CARNET_DOCUMENT, type DocumentGroup } from './codes'
import { type Scope, sequenceNumber } from './scope'
import { an, TYPES } from './xsd-types'

export interface DocumentEntry {
  type: string
  reference: string
  /** the JSON pointer of the document in the file */
  from: string
}

/** The schema's maxOccurs of each group: at consignment level, and at house consignment level. */
const MAX_OCCURS: Readonly<Record<DocumentGroup, number>> = {
  PreviousDocument: 9999,
  SupportingDocument: 99,
  TransportDocument: 99,
}

function documentElement(s: Scope, group: DocumentGroup, index: number, entry: DocumentEntry) {
  const d = s.in(`${group}[${index + 1}]`, entry.from)
  return el(group, [
    sequenceNumber(index),
    d.text('type', entry.type, TYPES.documentType, 'type'),
    d.text('referenceNumber', entry.reference, an(70), 'reference'),
  ])
}

/** Entries written as one group, refused when more than the schema takes. */
export function documentGroupElements(
  s: Scope,
  group: DocumentGroup,
  entries: readonly DocumentEntry[],
  maxOccurs = MAX_OCCURS[group],
): XmlElement[] {
  s.count(group, entries.length, maxOccurs)
  return entries.map((entry, i) => documentElement(s, group, i, entry))
}

/**
 * The documents for the whole declaration, at consignment level: the file's `documents`; the
 * invoice (`invoice.number`) as a commercial invoice N380 unless the documents already list that
 * invoice; for TIR, not the TIR Carnet N952 whose number is the guarantee's reference, for it is
 * TransitOperation/TIRCarnetNumber already.
 */
export function consignmentDocuments(
  s: Scope,
  declaration: DeclarationFile,
  tir: boolean,
): XmlElement[] {
  const entries: DocumentEntry[] = (declaration.documents ?? []).map((d, i) => ({
    type: d.type,
    reference: d.reference,
    from: `/documents/${i}`,
  }))
  const invoice = declaration.invoice
  if (
    invoice &&
    !entries.some((e) => e.type === INVOICE_DOCUMENT && e.reference === invoice.number)
  ) {
    entries.push({ type: INVOICE_DOCUMENT, reference: invoice.number, from: '/invoice/number' })
  }
  const carnet = tir ? declaration.guarantee?.reference : undefined
  const written = entries.filter((e) => !(e.type === TIR_CARNET_DOCUMENT && e.reference === carnet))
  const groups: DocumentGroup[] = ['PreviousDocument', 'SupportingDocument', 'TransportDocument']
  return groups.flatMap((group) =>
    documentGroupElements(
      s,
      group,
      written.filter((e) => documentGroup(e.type) === group),
    ),
  )
}

/** The goods items' transport documents, once each, at their house consignment. */
export function houseTransportDocuments(s: Scope, entries: readonly DocumentEntry[]): XmlElement[] {
  const seen = new Set<string>()
  const unique = entries.filter((e) => {
    const key = `${e.type}\u0000${e.reference}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return documentGroupElements(s, 'TransportDocument', unique)
}
