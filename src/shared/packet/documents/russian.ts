/**
 * Russian wording for the papers printed in Russian (the ТД now; SMGS and others later): dates
 * DD.MM.YYYY, country names, parties, documents, packages, means and modes of transport, and
 * the kinds of security for customs duties.
 *
 * Codes stay codes (HS codes, container numbers, office references, Rec 21 package codes,
 * identification schemes): a Russian name is printed beside a code, never instead of it.
 * Numbers are written as the file writes them (format.ts): no source seen for the paper ТД asks
 * for a decimal comma (docs/papers-research.md §1.4).
 *
 * Sources of the wording:
 * - country names: i18n-iso-countries `langs/ru.json` (the first name where it gives several);
 * - kinds of security: EAEU Customs Code art. 63(1) (денежный залог, банковская гарантия,
 *   поручительство, залог имущества) and art. 63(2) (other kinds a member's law adds:
 *   страхование); no security in the cases of art. 146 (corridor.md). The article's text was
 *   not at hand when this was written (docs/papers-research.md §1.5, item 6);
 * - modes (UN/ECE Rec 19), means kinds (declaration-format.md) and package kinds (UN/ECE
 *   Rec 21): our translation of the English names, printed after the code.
 */
import ru from 'i18n-iso-countries/langs/ru.json'
import type { MEANS_KINDS, TRANSPORT_MODES } from '../../format/constants'
import {
  countryNameIn,
  formatCountryIn,
  formatMoney,
  formatNumber,
  formatParty,
  lines,
  spaced,
  type CountryNames,
} from '../format'
import type { DeclarationView, DocumentView, PartyView } from '../../model/view'
import { formatDateDMY } from './dates'

export { formatDateDMY } from './dates'

const COUNTRY_NAMES_RU: CountryNames = ru.countries

/** The Russian short name of an ISO 3166-1 alpha-2 code ("Казахстан"), or "" if unknown. */
export function countryNameRu(code: string): string {
  return countryNameIn(COUNTRY_NAMES_RU, code)
}

/** "Казахстан (KZ)"; the code alone when it is not a known country. */
export function formatCountryRu(code: string): string {
  return formatCountryIn(COUNTRY_NAMES_RU, code)
}

/** Name, street, postcode and city, country, identification: one line each. */
export function formatPartyRu(party: PartyView | undefined): string {
  return formatParty(party, { countries: COUNTRY_NAMES_RU })
}

/** A document as Russian customs papers cite one: "N380 BAM-2026-014 от 20.01.2026". */
export function formatDocumentRu(doc: DocumentView): string {
  const head = spaced(doc.type, doc.reference)
  return doc.date === '' ? head : spaced(head, 'от', formatDateDMY(doc.date))
}

/** Modes of transport (UN/ECE Rec 19 codes of the file), in Russian. */
export const TRANSPORT_MODE_NAMES_RU: Readonly<Record<(typeof TRANSPORT_MODES)[number], string>> = {
  '1': 'Морской транспорт',
  '2': 'Железнодорожный транспорт',
  '3': 'Автомобильный транспорт',
  '4': 'Воздушный транспорт',
  '5': 'Почтовое отправление',
  '6': 'Мультимодальная перевозка',
  '7': 'Стационарные транспортные установки (трубопровод, ЛЭП)',
  '8': 'Внутренний водный транспорт',
  '9': 'Вид транспорта не применим',
}

/** "2 Железнодорожный транспорт"; an unknown code alone. */
export function formatModeRu(code: string): string {
  const names: Readonly<Record<string, string>> = TRANSPORT_MODE_NAMES_RU
  return Object.hasOwn(names, code) ? `${code} ${names[code]}` : code
}

/** Kinds of means of transport (declaration-format.md, Transport), in Russian. */
export const MEANS_KIND_NAMES_RU: Readonly<Record<(typeof MEANS_KINDS)[number], string>> = {
  tractor: 'тягач',
  trailer: 'прицеп',
  'semi-trailer': 'полуприцеп',
  rigid: 'грузовой автомобиль',
  wagon: 'вагон',
  train: 'поезд',
  vessel: 'судно',
  aircraft: 'воздушное судно',
}

/** A means of transport: "вагон 52345675 (BY)"; an unknown kind is printed as the file has it. */
export function formatMeansRu(means: { kind?: string; identity: string; nationality: string }) {
  const names: Readonly<Record<string, string>> = MEANS_KIND_NAMES_RU
  const kind = means.kind && Object.hasOwn(names, means.kind) ? names[means.kind] : means.kind
  const head = spaced(kind, means.identity)
  return means.nationality === '' ? head : `${head} (${means.nationality})`
}

/**
 * Russian names of common UN/ECE Rec 21 package codes. Codes not listed print as the code
 * alone, which is what the customs classifiers key on.
 */
export const PACKAGE_KIND_NAMES_RU: Readonly<Record<string, string>> = {
  BA: 'бочка',
  BE: 'связка',
  BG: 'мешок',
  BX: 'коробка',
  CN: 'контейнер',
  CR: 'обрешётка',
  CS: 'ящик',
  CT: 'картонная коробка',
  DR: 'барабан',
  NE: 'без упаковки',
  NF: 'без упаковки, одно место',
  NG: 'без упаковки, несколько мест',
  PK: 'упаковка',
  PX: 'поддон',
  RO: 'рулон',
  SA: 'мешок',
  VG: 'наливом, газ',
  VL: 'наливом, жидкость',
  VO: 'навалом, крупные частицы («конкреции»)',
  VQ: 'наливом, сжиженный газ',
  VR: 'навалом, гранулы',
  VS: 'навалом, лом',
  VY: 'навалом, мелкие частицы («порошки»)',
}

/** "6 CS (ящик)"; bulk goods without a count: "VL (наливом, жидкость)". */
export function formatPackageKindRu(kind: string, count: number | undefined): string {
  const name = Object.hasOwn(PACKAGE_KIND_NAMES_RU, kind) ? PACKAGE_KIND_NAMES_RU[kind] : ''
  return spaced(formatNumber(count, 0), name ? `${kind} (${name})` : kind)
}

/** Kinds of security for customs duties (the file's `guarantee.kind`), in Russian. */
export const GUARANTEE_KIND_NAMES_RU: Readonly<Record<string, string>> = {
  CASH: 'Денежный залог',
  BANK: 'Банковская гарантия',
  SURETY: 'Поручительство',
  PLEDGE: 'Залог имущества',
  INSURANCE: 'Страхование',
  WAIVER: 'Обеспечение не предоставляется (ст. 146 ТК ЕАЭС)',
  TIR_CARNET: 'Книжка МДП',
}

/**
 * The security as a Russian paper prints it: kind, "№ reference", amount. The GRN's access
 * code is never printed.
 */
export function formatGuaranteeRu(g: DeclarationView['guarantee']): string {
  const names = GUARANTEE_KIND_NAMES_RU
  const amount = g.amount ? formatMoney(g.amount.amount, g.amount.currency) : ''
  return lines(
    Object.hasOwn(names, g.kind) ? names[g.kind] : g.kind,
    g.reference !== '' && `№ ${g.reference}`,
    g.validUntil !== '' && `действительна до ${formatDateDMY(g.validUntil)}`,
    amount !== '' && `Сумма: ${amount}`,
  )
}
