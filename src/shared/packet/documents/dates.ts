/**
 * Dates as the EAEU, TIR, CMR and SMGS papers write them: DD.MM.YYYY (corridor.md, "Everywhere
 * on paper"); the file keeps ISO dates. The TAD keeps ISO dates, as HMRC prints them.
 */
import { documentName, join, spaced } from '../format'
import type { DocumentView } from '../../model/view'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

/**
 * An ISO date (or date-time) as these papers write it: "2026-02-04" → "04.02.2026". Anything
 * that is not an ISO date is returned unchanged, so a draft never loses a value.
 */
export function formatDateDMY(iso: string): string {
  const m = ISO_DATE.exec(iso.trim())
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso
}

/** Place and date on one line: "Almaty, 04.02.2026". */
export function placeAndDateDMY(place: string, date: string): string {
  return join(', ', place, formatDateDMY(date))
}

/** "Commercial invoice N380 ZTE-2026/017 of 01.02.2026" (the name only when the code has one). */
export function formatDocumentDMY(doc: DocumentView): string {
  const head = spaced(documentName(doc.type), doc.type, doc.reference)
  return doc.date === '' ? head : `${head} of ${formatDateDMY(doc.date)}`
}
