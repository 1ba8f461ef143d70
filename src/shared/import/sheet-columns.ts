/**
 * Which column of a goods sheet holds what: guessed from the titles, then — for a bare
 * "Количество" / "Qty" — from the sheet's other columns and values. The user sees the guess in
 * the preview and may change any column; a sender's choice is remembered (goods-sheet.ts).
 *
 * The titles are those of the papers the sheets are copied to or from: the CMR boxes 6–9 and 11
 * (Знаки и номера, Количество мест, Род упаковки, Наименование груза, Вес брутто), the SMGS
 * graphs 15–18 (Наименование груза, Род упаковки, К-во мест, Масса), the ТД/ДТ graphs 31, 33,
 * 35, 38, 41, 42 (Грузовые места и описание товаров, Код товара, Масса брутто, Масса нетто, Доп.
 * единицы измерения, Валюта и стоимость товара) — docs/papers-research.md §2, §4.3, §5 — and the
 * glossary's words (docs/glossary.md E5–E12, E23; Kazakh as used there). Kazakh and Uzbek
 * spreadsheet titles seen in public code (search tool, find_string): «Атауы, Саны, Өлшем бірлігі,
 * Бағасы» (a materials list, id 9918802234), «Орын саны» for cargo places beside «Жалпы салмағы»
 * (a cargo calculator, id 57365431361), «O'lchov birligi», «miqdor» (Uzbek, ids 12685086616,
 * 48071447176).
 */
import {
  cellNumber,
  cellText,
  normalise,
  SHEET_FIELDS,
  type Cell,
  type ColumnMapping,
  type SheetField,
} from './goods-sheet'
import { packageWordCode } from './package-words'

/** Bare quantity titles: goods counted in a unit, or packages — the sheet's other columns say. */
// prettier-ignore
const BARE_QUANTITY = ['quantity', 'qty', 'количество', 'кол во', 'к во', 'саны', 'miqdor', 'miqdori', 'miqdar']

/** Header words (English, Russian, Kazakh, Uzbek) that name each field. */
// prettier-ignore
const HEADER_WORDS: Record<SheetField, string[]> = {
  description: ['description', 'description of goods', 'nature of goods', 'goods', 'commodity description', 'item', 'наименование', 'наименование товара', 'наименование груза', 'описание', 'товар', 'атауы', 'тауардың атауы', 'тауар атауы', 'tovar nomi'],
  hsCode: ['hs', 'hs code', 'hts', 'commodity code', 'tariff', 'tnved', 'тн вэд', 'код тн вэд', 'тн вэд еаэс', 'код тн вэд еаэс', 'код товара', 'еаэо сэқ тн', 'сэқ тн коды', 'tif tn'],
  countryOfOrigin: ['origin', 'country of origin', 'страна происхождения', 'происхождение', 'шығарылған елі', 'kelib chiqish mamlakati'],
  grossMass: ['gross', 'gross weight', 'gross mass', 'g w', 'gw', 'брутто', 'вес брутто', 'масса брутто', 'брутто салмағы', 'brutto'],
  netMass: ['net', 'net weight', 'net mass', 'n w', 'nw', 'нетто', 'вес нетто', 'масса нетто', 'нетто салмағы', 'netto'],
  packageKind: ['package kind', 'kind of package', 'kind of packages', 'package type', 'type of packages', 'packaging', 'method of packing', 'вид упаковки', 'род упаковки', 'упаковка', 'тара', 'вид тары', 'қаптама түрі', 'qadoq turi'],
  packageCount: ['packages', 'number of packages', 'no of packages', 'qty of packages', 'pkgs', 'ctns', 'cartons', 'мест', 'места', 'кол во мест', 'к во мест', 'количество мест', 'количество грузовых мест', 'число мест', 'грузовые места', 'орын саны', 'жүк орындарының саны', 'joylar soni'],
  marks: ['marks', 'marks and numbers', 'marks nos', 'shipping marks', 'маркировка', 'маркировка и номера', 'знаки и номера', 'таңбалау'],
  value: ['value', 'amount', 'total', 'total value', 'total amount', 'стоимость', 'общая стоимость', 'сумма', 'итого', 'құны', 'сомасы', 'qiymati', 'summa'],
  currency: ['currency', 'curr', 'валюта', 'valyuta'],
  supplementaryQuantity: [...BARE_QUANTITY, 'pcs', 'pieces', 'шт'],
  supplementaryUnit: ['unit', 'uom', 'unit of measure', 'единица', 'единица измерения', 'ед изм', 'өлшем бірлігі', 'o lchov birligi'],
}

/**
 * Titles of columns that fill no element: line numbers (№ п/п, No.) and unit prices — the item
 * value is the line's total (ТД graph 42), not the price of one unit.
 */
const NOT_AN_ELEMENT = /^(no|nr|n|п п|item no|line)$|(^| )(price|цена|бағасы|narxi?)( |$)/u

const words = (list: string[]) => list.map(normalise)
const FIELD_WORDS = Object.fromEntries(
  SHEET_FIELDS.map((field) => [field, words(HEADER_WORDS[field])]),
) as Record<SheetField, string[]>
const BARE = new Set(words(BARE_QUANTITY))

/** Why a column was read as it was, beyond its title. */
export type GuessReason =
  'packagesElsewhere' | 'unit' | 'packageKind' | 'marks' | 'fractional' | 'packageWords'

export interface GuessNote {
  reason: GuessReason
  /** what the guess rests on: another column's title, or a value of this one */
  other: string
}

export interface ColumnGuess {
  mapping: ColumnMapping
  /** for each column, why it was read so, when its title alone did not say */
  notes: (GuessNote | null)[]
}

/** How well a title matches a field's words: whole title 3, first or last words 2, inside 1. */
function score(title: string, field: SheetField): number {
  let best = 0
  for (const w of FIELD_WORDS[field]) {
    if (title === w) best = Math.max(best, 3)
    else if (title.startsWith(w + ' ') || title.endsWith(' ' + w)) best = Math.max(best, 2)
    else if (` ${title} `.includes(` ${w} `)) best = Math.max(best, 1)
  }
  return best
}

/** Each column takes the field its title matches best (best matches first), each field once. */
function mappingByTitles(titles: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = titles.map(() => null)
  const candidates: { column: number; field: SheetField; score: number }[] = []
  titles.forEach((title, column) => {
    if (title === '' || NOT_AN_ELEMENT.test(title)) return
    for (const field of SHEET_FIELDS) {
      const s = score(title, field)
      if (s > 0) candidates.push({ column, field, score: s })
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const taken = new Set<SheetField>()
  for (const { column, field } of candidates) {
    if (mapping[column] !== null || taken.has(field)) continue
    mapping[column] = field
    taken.add(field)
  }
  return mapping
}

/** Rows looked at for values: enough to judge a column, few enough to stay instant. */
const SAMPLE = 500

/**
 * The guess for a sheet: the titles first, then its values.
 *
 * 1. A column without a known title, or titled as a unit (Ед. изм.), whose filled cells are
 *    mostly (4 in 5) words for packages (коробка, мешки, CTNS) holds kinds of packages, when no
 *    column is titled so.
 * 2. A bare quantity title (Количество, Кол-во, Qty, Quantity, Саны, Miqdor) means:
 *    a. the quantity of goods, when another column holds the number of packages (Кол-во мест,
 *       Packages, CTNS) — it cannot be both;
 *    b. the quantity of goods, when a unit column (Ед. изм., Unit, Өлшем бірлігі) says what it
 *       counts — an invoice line (ТД graph 41 is filled from it);
 *    c. else the number of packages, when the sheet names the packages' kind (Вид/Род упаковки,
 *       or rule 1) or marks (Маркировка, Знаки и номера) — a packing list or CMR shape: marks,
 *       number, kind (CMR boxes 6–8) — provided every number in it is whole, as package counts
 *       are; a fraction keeps it the quantity of goods;
 *    d. else the quantity of goods, as before.
 *    Titles with a unit (Количество, шт; Qty, pcs) are the quantity of goods by their title.
 */
export function guessColumns(
  header: readonly Cell[],
  body: readonly (readonly Cell[])[],
): ColumnGuess {
  const titles = header.map((cell) => normalise(cellText(cell)))
  const mapping = mappingByTitles(titles)
  const notes: (GuessNote | null)[] = titles.map(() => null)
  const sample = body.slice(0, SAMPLE)
  const values = (column: number) =>
    sample.map((row) => row[column]).filter((cell) => cellText(cell) !== '')
  const titleOf = (column: number) => cellText(header[column])
  const columnOf = (field: SheetField) => mapping.indexOf(field)

  if (columnOf('packageKind') < 0) {
    const kinds = titles.findIndex((_, column) => {
      if (mapping[column] !== null && mapping[column] !== 'supplementaryUnit') return false
      const filled = values(column)
      const packages = filled.filter((c) => packageWordCode(cellText(c)) !== null)
      return filled.length > 0 && packages.length * 5 >= filled.length * 4
    })
    if (kinds >= 0) {
      const first = values(kinds).find((c) => packageWordCode(cellText(c)) !== null)
      mapping[kinds] = 'packageKind'
      notes[kinds] = { reason: 'packageWords', other: cellText(first) }
    }
  }

  const quantity = columnOf('supplementaryQuantity')
  if (quantity < 0 || !BARE.has(titles[quantity]!)) return { mapping, notes }
  const note = (reason: GuessReason, other: string) => (notes[quantity] = { reason, other })
  const packages = columnOf('packageCount')
  const unit = columnOf('supplementaryUnit')
  const kind = columnOf('packageKind')
  const marks = columnOf('marks')
  if (packages >= 0) note('packagesElsewhere', titleOf(packages))
  else if (unit >= 0) note('unit', titleOf(unit))
  else if (kind >= 0 || marks >= 0) {
    const fraction = values(quantity).find((c) => {
      const n = cellNumber(c)
      return n !== null && !Number.isInteger(n)
    })
    if (fraction !== undefined) note('fractional', cellText(fraction))
    else {
      mapping[quantity] = 'packageCount'
      if (kind >= 0) note('packageKind', titleOf(kind))
      else note('marks', titleOf(marks))
    }
  }
  return { mapping, notes }
}
