/**
 * The few words the layout engine adds to a paper — continuation titles, the marks that send a
 * long value to the end of the document, page footers — in the paper's own language: a ТД is
 * read by EAEU officers in Russian from its first graph to its page numbers (corridor.md:
 * "ТД (in Russian)"). Every other paper is English or bilingual with English first.
 */
import type { PacketDocument } from '../content'

export interface PageWords {
  /** the title of a document's second and later pages */
  continued(title: string): string
  /** the title of an item continuation sheet ("… — continuation sheet 2/4") */
  continuationSheet(title: string, sheet: number, sheets: number): string
  /** the title of the pages that hold values too long for their boxes */
  longEntries(title: string): string
  /** the last line of a value cut short, pointing to its continuation */
  continuedIn(ref: string): string
  /** how a numbered box is named in the continuation pages ("Box 31") */
  box(number: string): string
  /** the footer's right-hand side */
  pageOf(page: number, pages: number, packetPage: number, packetPages: number): string
  /** the footer's left-hand side */
  generated(lrn: string, generatedAt: string, app: string): string
}

const ENGLISH: PageWords = {
  continued: (title) => `${title} (continued)`,
  continuationSheet: (title, sheet, sheets) => `${title} — continuation sheet ${sheet}/${sheets}`,
  longEntries: (title) => `${title} — continuation of long entries`,
  continuedIn: (ref) => `… continued in ${ref} at the end of this document`,
  box: (number) => `Box ${number}`,
  pageOf: (page, pages, packetPage, packetPages) =>
    `Page ${page} of ${pages} · packet page ${packetPage} of ${packetPages}`,
  generated: (lrn, generatedAt, app) =>
    `LRN ${lrn.trim() || '(none)'} · generated ${generatedAt} · ${app}`,
}

const RUSSIAN: PageWords = {
  continued: (title) => `${title} (продолжение)`,
  continuationSheet: (title, sheet, sheets) => `${title} — лист ${sheet}/${sheets}`,
  longEntries: (title) => `${title} — продолжение записей, не поместившихся в графы`,
  continuedIn: (ref) => `… продолжение: ${ref} в конце документа`,
  box: (number) => `Графа ${number}`,
  // "Стр." (page), not "Лист": graph 3 "Формы" already counts the form's sheets.
  pageOf: (page, pages, packetPage, packetPages) =>
    `Стр. ${page} из ${pages} · стр. пакета ${packetPage} из ${packetPages}`,
  generated: (lrn, generatedAt, app) =>
    `№ ${lrn.trim() || '—'} · составлено ${generatedAt} · ${app}`,
}

export function pageWords(doc: Pick<PacketDocument, 'language'>): PageWords {
  return doc.language === 'ru' ? RUSSIAN : ENGLISH
}
