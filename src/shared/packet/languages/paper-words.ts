/**
 * The words of the papers that may follow the reader's language — the cover sheet and the
 * commercial invoice (packet.md; the other papers keep the language their regime prints:
 * corridor.md, "Papers") — and of the layout's own words on them (page footers, continuation
 * titles). English is the default and the reference; ru.ts, kk.ts and ur.ts hold the others.
 */
import type { CodeNames } from '../../codes/code-names'
import type { Language } from '../../i18n/languages'
import type { PacketDocumentId } from '../content'
import type { CountryNames } from '../format'

export interface CoverWords {
  /** "Transit declaration packet KZ-ALA-2026-0117" */
  heading(lrn: string): string
  keyData: string
  lrn: string
  /** what customs' number is called in each regime, by procedure */
  reference: Readonly<Record<string, string>>
  referenceOther: string
  procedure: string
  procedures: Readonly<Record<string, string>>
  placeAndDate: string
  timeLimit: string
  route: string
  departure: string
  destination: string
  holder: string
  items: string
  packages: string
  gross: string
  net: string
  value: string
  transportDocuments: string
  contents: string
  number: string
  document: string
  pages: string
  qrNote(digest: string): string
  generated(at: string, app: string): string
}

export interface InvoiceWords {
  /** "Commercial invoice No. 12 of 2026-01-20" (number and date may be empty) */
  heading(number: string, date: string): string
  seller: string
  buyer: string
  invoiceNumber: string
  invoiceDate: string
  incoterms: string
  currency: string
  dispatch: string
  destination: string
  transport: string
  declaration: string
  exchangeRate: string
  goods: string
  columns: {
    number: string
    hsCode: string
    description: string
    origin: string
    quantity: string
    net: string
    gross: string
    /** the value column, with its currency when all lines share one ("" when not) */
    value(currency: string): string
  }
  total: string
  totalValue(value: string): string
  /** "Amount in words: …", the amounts of several currencies joined by `plus` */
  inWords(text: string): string
  plus: string
  /** "Items: 3; packages: 480; net mass: …; gross mass: …" (parts may be missing) */
  summary(parts: { items: string; packages: string; net?: string; gross?: string }): string
  signature: string
}

/** Everything a paper in this language says of its own. */
export interface PaperWords {
  language: Language
  /** the papers' titles, for the cover's index and the documents' headings */
  titles: Readonly<Record<PacketDocumentId, string>>
  cover: CoverWords
  invoice: InvoiceWords
  /** the short names of countries (i18n-iso-countries' data for the language) */
  countries: CountryNames
  /** the names of transport modes and Incoterms rules (the catalogue's, or English's) */
  codeNames: Pick<CodeNames, 'transportMode' | 'incoterm'>
  /** a date of the file (ISO) as the language writes it */
  date(iso: string): string
  /** an amount in words, as on an invoice, with the currency named */
  amountInWords(amount: number, currency: string): string
}
