/**
 * The graphs of the ТД (EEC Board Decision No. 73 of 30.05.2023) with their printed Russian
 * titles, and the goods item block (graphs 31–44) that the main sheet holds once and each
 * additional sheet repeats. Sources and choices: td.ts and docs/papers-research.md §1.
 */
import type { Box, BoxGrid } from '../content'
import { formatMass, formatMoney, formatNumber, join, lines, spaced } from '../format'
import { box, grid } from './common'
import { formatDocumentRu, formatPackageKindRu } from './russian'
import type { ItemView } from '../../model/view'
import { itemDangerousGoods } from './dangerous-goods'

/**
 * Graph titles as the R.048 print XSLT of the Decision 73 form prints them (docs §1.2). Graph
 * letters А and С are Cyrillic, as there; D, I and F are Latin.
 */
export const TD_LABELS = {
  А: 'Таможенный орган отправления',
  '1': 'ДЕКЛАРАЦИЯ',
  '2': 'Отправитель',
  '3': 'Формы',
  '5': 'Всего т-ов',
  '6': 'Всего мест',
  '7': 'Справочный номер',
  '8': 'Получатель',
  '9': 'Таможенный представитель',
  '14': 'Декларант',
  '15': 'Страна отправления',
  '17': 'Страна назначения',
  '18': 'Идентификация и страна регистрации трансп. средства при отправлении/прибытии',
  '19': 'Контейнер',
  '20': 'Средства идентификации',
  '22': 'Валюта и общая сумма по счету',
  '31': 'Грузовые места и описание товаров',
  '32': 'Товар',
  '33': 'Код товара',
  '35': 'Масса брутто (кг)',
  '40': 'Предшествующий документ',
  '41': 'Доп. единицы измерения',
  '42': 'Валюта и стоимость товара',
  '44': 'Дополнит. информация/Представл. документы/Сертификаты и разрешения',
  '50': 'Перевозчик',
  '51': 'Дата, подпись, печать',
  '52': 'Гарантия',
  '53': 'Таможенный орган назначения/пункт назначения',
  '55': 'Перегрузки',
  С: 'Таможенный орган отправления',
  D: 'Отметки таможенного органа отправления',
  I: 'Контроль таможенного органа назначения',
  F: 'Подтверждение компетентных органов',
} as const satisfies Record<string, string>

export type TdGraph = keyof typeof TD_LABELS

export function graph(number: TdGraph, value: string, span?: number): Box {
  return box(number, TD_LABELS[number], value, span)
}

/**
 * Graph 31 in the order the declaration-on-goods practice numbers it (and the R.048 XSLT
 * prints "2)", "3)"): 1) description, 2) packages with their marks, 3) containers.
 */
export function tdGraph31(item: ItemView): string {
  const packages = item.packages.map((p) =>
    join(', ', formatPackageKindRu(p.kind, p.count), p.marks !== '' && `маркировка ${p.marks}`),
  )
  return lines(
    item.description !== '' && `1) ${item.description}`,
    packages.length > 0 && `2) ${packages.join('; ')}`,
    item.containers.length > 0 && `3) Контейнеры: ${item.containers.join(', ')}`,
  )
}

/** Graph 44 of an item: its documents, ADR particulars, additional information. */
export function tdGraph44(item: ItemView): string {
  return lines(
    ...item.documents.map(formatDocumentRu),
    ...itemDangerousGoods(item),
    item.additionalInformation,
  )
}

export interface ItemGridOptions {
  /** graphs 2 and 8 of the item when the consignments' parties differ */
  parties?: { consignor: string; consignee: string }
  /** lines that concern the whole ТД, printed in the main sheet item's graph 44 */
  declaration44?: string
}

/** The goods item block: 31, 32, 33, 35, 41, 42, 40 and 44. */
export function tdItemGrid(item: ItemView, options: ItemGridOptions = {}): BoxGrid {
  const units = item.supplementaryUnits
  const { parties, declaration44 } = options
  return grid(4, [
    ...(parties ? [graph('2', parties.consignor, 2), graph('8', parties.consignee, 2)] : []),
    graph('31', tdGraph31(item), 3),
    graph('32', item.sequence),
    graph('33', item.hsCode),
    graph('35', formatMass(item.grossMass)),
    graph('41', units ? spaced(formatNumber(units.quantity), units.unit) : ''),
    graph('42', item.value ? formatMoney(item.value.amount, item.value.currency) : ''),
    graph('44', lines(tdGraph44(item), declaration44), 3),
    // No previous customs document in the exchange format (as the SAD's box 40).
    graph('40', ''),
  ])
}
