/**
 * The few words the layout engine adds to a paper — continuation titles, the marks that send a
 * long value to the end of the document, page footers — in the paper's own language: a ТД is
 * read by EAEU officers in Russian from its first graph to its page numbers (corridor.md:
 * "ТД (in Russian)"), and a cover sheet or invoice printed in the reader's language is read in
 * it to the end. Every other paper is English or bilingual with English first.
 */
import type { Language } from '../../i18n/languages'
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

const KAZAKH: PageWords = {
  continued: (title) => `${title} (жалғасы)`,
  continuationSheet: (title, sheet, sheets) => `${title} — ${sheet}/${sheets} парақ`,
  longEntries: (title) => `${title} — бағандарға сыймаған жазбалардың жалғасы`,
  continuedIn: (ref) => `… жалғасы: құжаттың соңында, ${ref}`,
  box: (number) => `${number}-баған`,
  pageOf: (page, pages, packetPage, packetPages) =>
    `${pages} беттің ${page}-беті · пакеттің ${packetPages} бетінің ${packetPage}-беті`,
  generated: (lrn, generatedAt, app) =>
    `LRN ${lrn.trim() || '—'} · жасалды ${generatedAt} · ${app}`,
}

const URDU: PageWords = {
  continued: (title) => `${title} (جاری)`,
  continuationSheet: (title, sheet, sheets) => `${title} — تسلسل شیٹ ${sheet}/${sheets}`,
  longEntries: (title) => `${title} — طویل اندراجات کا تسلسل`,
  continuedIn: (ref) => `… باقی حصہ اس دستاویز کے آخر میں ${ref} میں`,
  box: (number) => `خانہ ${number}`,
  pageOf: (page, pages, packetPage, packetPages) =>
    `صفحہ ${page} از ${pages} · پیکٹ کا صفحہ ${packetPage} از ${packetPages}`,
  generated: (lrn, generatedAt, app) =>
    `LRN ${lrn.trim() || '—'} · تیار کردہ ${generatedAt} · ${app}`,
}

const WORDS: Readonly<Record<Language, PageWords>> = {
  en: ENGLISH,
  ru: RUSSIAN,
  kk: KAZAKH,
  ur: URDU,
}

export function pageWords(doc: Pick<PacketDocument, 'language'>): PageWords {
  return WORDS[doc.language ?? 'en']
}
