/**
 * The papers' own words in Russian (see paper-words.ts; English reference: en.ts). Wording
 * follows docs/glossary.md and the ru catalogue (src/shared/i18n/ru): «Держатель (принципал)»,
 * «таможенный орган отправления / назначения», «масса брутто / нетто», «Справочный номер (LRN)»,
 * «Титульный лист» (glossary K9). Codes stay Latin (LRN, MRN, TIR, CMR, SMGS, HS, Incoterms®).
 */
import codes from '../../i18n/ru/codes.json'
import { formatLocalDate } from '../../i18n/local-format'
import russian from 'i18n-iso-countries/langs/ru.json'
import { toCardinal } from 'n2words/ru-RU'
import { join } from '../format'
import { amountParts, capitalise, cldrCurrencyName, minorFraction } from '../words'
import type { PaperWords } from './paper-words'

const CUSTOMS_NUMBER = 'Номер, присвоенный таможенным органом'
const MRN = `${CUSTOMS_NUMBER} (MRN)`

/** A noun's three counting forms: 1 (21, 101 …), 2–4 (22 …), 5–20 and 0 (11, 25 …). */
type Forms = readonly [one: string, few: string, many: string]

interface CurrencyWords {
  name: Forms
  minor: Forms
  /** the number agrees in gender with a feminine name: «одна рупия», «две рупии» */
  feminine?: true
}

const same = (word: string): Forms => [word, word, word]

/** Currencies of the corridor and its trade (the same list as words.ts), as Russian invoices write them. */
const CURRENCY_WORDS: Readonly<Record<string, CurrencyWords>> = {
  USD: {
    name: ['доллар США', 'доллара США', 'долларов США'],
    minor: ['цент', 'цента', 'центов'],
  },
  EUR: { name: same('евро'), minor: ['евроцент', 'евроцента', 'евроцентов'] },
  GBP: {
    name: ['фунт стерлингов', 'фунта стерлингов', 'фунтов стерлингов'],
    minor: same('пенни'),
  },
  CHF: {
    name: ['швейцарский франк', 'швейцарских франка', 'швейцарских франков'],
    minor: ['сантим', 'сантима', 'сантимов'],
  },
  CNY: { name: ['юань', 'юаня', 'юаней'], minor: ['фэнь', 'фэня', 'фэней'] },
  RUB: { name: ['рубль', 'рубля', 'рублей'], minor: ['копейка', 'копейки', 'копеек'] },
  BYN: {
    name: ['белорусский рубль', 'белорусских рубля', 'белорусских рублей'],
    minor: ['копейка', 'копейки', 'копеек'],
  },
  // Kazakhstan's Russian-language invoices write «тенге … тиын» unchanged after any number.
  KZT: { name: same('тенге'), minor: same('тиын') },
  KGS: { name: ['сом', 'сома', 'сомов'], minor: same('тыйын') },
  UZS: { name: ['сум', 'сума', 'сумов'], minor: same('тийин') },
  TJS: { name: same('сомони'), minor: ['дирам', 'дирама', 'дирамов'] },
  TMT: { name: ['манат', 'маната', 'манатов'], minor: same('тенге') },
  AFN: { name: same('афгани'), minor: ['пул', 'пула', 'пулов'] },
  PKR: {
    name: ['пакистанская рупия', 'пакистанские рупии', 'пакистанских рупий'],
    minor: ['пайса', 'пайсы', 'пайс'],
    feminine: true,
  },
  INR: {
    name: ['индийская рупия', 'индийские рупии', 'индийских рупий'],
    minor: ['пайса', 'пайсы', 'пайс'],
    feminine: true,
  },
  AED: {
    name: ['дирхам ОАЭ', 'дирхама ОАЭ', 'дирхамов ОАЭ'],
    minor: ['филс', 'филса', 'филсов'],
  },
  TRY: {
    name: ['турецкая лира', 'турецкие лиры', 'турецких лир'],
    minor: ['куруш', 'куруша', 'курушей'],
    feminine: true,
  },
}

const PLURAL = new Intl.PluralRules('ru')

/** The form of a noun counted by a whole number n: рубль / рубля / рублей. */
function counted(n: number, forms: Forms): string {
  const category = PLURAL.select(n)
  return category === 'one' ? forms[0] : category === 'few' ? forms[1] : forms[2]
}

type Gender = 'masculine' | 'feminine' | 'neuter'

/**
 * The gender of a CLDR name in the nominative singular, from its adjective or its noun's
 * ending: «японская иена» feminine, «мексиканское песо» neuter, «кувейтский динар» masculine.
 */
function genderOf(name: string): Gender {
  const words = name.split(' ')
  if (words.some((w) => /(ая|яя)$/.test(w))) return 'feminine'
  if (words.some((w) => /(ое|ее)$/.test(w))) return 'neuter'
  if (words.length === 1 && /[ая]$/.test(words[0])) return 'feminine'
  return 'masculine'
}

/**
 * A whole number in Russian words agreeing with the gender of what it counts (n2words says
 * «одна тысяча», «две тысячи» itself; `feminine` makes the last «один / два» «одна / две»,
 * and a neuter name takes «одно»). Numbers beyond the safe-integer range stay digits.
 */
function cardinal(whole: number, gender: Gender): string {
  if (!Number.isSafeInteger(whole)) return String(whole)
  const words = toCardinal(whole, { gender: gender === 'feminine' ? 'feminine' : 'masculine' })
  return gender === 'neuter' ? words.replace(/один$/, 'одно') : words
}

/**
 * An amount in Russian words as on an invoice, the minor units in figures and no «и» between:
 * (61250, "USD") → «Шестьдесят одна тысяча двести пятьдесят долларов США 00 центов». The name
 * agrees with the number (1 доллар, 2 доллара, 5 долларов; 21 пакистанская рупия), and the minor
 * unit with its figures (01 цент, 02 цента, 00 центов). Rounding, signs and currencies without
 * minor units as in words.ts; a currency the table does not hold takes its CLDR name and code
 * («Пять тысяч японских иен (JPY)»), one Intl does not know only its code («Два XYZ 50/100»).
 */
function russianAmountInWords(amount: number, currency: string): string {
  const parts = amountParts(amount, currency)
  if (!parts) return ''
  const { whole, minor: minorText, digits } = parts
  const sign = parts.negative ? 'минус ' : ''
  const known = Object.hasOwn(CURRENCY_WORDS, currency) ? CURRENCY_WORDS[currency] : undefined
  if (known) {
    const words = sign + cardinal(whole, known.feminine ? 'feminine' : 'masculine')
    const name = counted(whole, known.name)
    if (digits === 0) return capitalise(`${words} ${name}`)
    return capitalise(`${words} ${name} ${minorText} ${counted(Number(minorText), known.minor)}`)
  }
  const cldr = cldrCurrencyName('ru', currency, whole)
  const gender =
    cldr === undefined ? 'masculine' : genderOf(cldrCurrencyName('ru', currency) ?? cldr)
  const words = sign + cardinal(whole, gender)
  const name = cldr === undefined ? currency : `${cldr} (${currency})`
  if (digits === 0) return capitalise(`${words} ${name}`)
  return capitalise(`${words} ${name} ${minorFraction(parts)}`)
}

export const RUSSIAN_PAPERS: PaperWords = {
  language: 'ru',
  titles: {
    cover: 'Титульный лист',
    declaration: 'Транзитная декларация (резервная процедура)',
    tad: 'Транзитный сопроводительный документ (TAD)',
    td: 'Транзитная декларация (ТД)',
    tir: 'Лист данных для книжки МДП',
    summary: 'Сводные сведения о транзите',
    cmr: 'Международная товарно-транспортная накладная (CMR)',
    smgs: 'Лист данных для накладной СМГС (SMGS)',
    invoice: 'Счёт-фактура (инвойс)',
    packing: 'Упаковочный лист',
  },
  cover: {
    heading: (lrn) => `Пакет документов транзитной декларации ${lrn}`.trim(),
    keyData: 'Основные сведения',
    lrn: 'Справочный номер (LRN)',
    reference: {
      T1: MRN,
      T2: MRN,
      TIR: `${CUSTOMS_NUMBER} (MRN, если операция МДП проходит в NCTS)`,
      EAEU: 'Регистрационный номер ТД',
      NATIONAL: `${CUSTOMS_NUMBER} (национальная нумерация)`,
    },
    referenceOther: CUSTOMS_NUMBER,
    procedure: 'Процедура',
    procedures: {
      TIR: 'МДП (TIR), Конвенция МДП 1975 г.',
      T1: 'T1 (общий транзит)',
      T2: 'T2 (общий транзит)',
      EAEU: 'Таможенный транзит (ЕАЭС)',
      NATIONAL: 'Национальный транзит',
    },
    placeAndDate: 'Место и дата составления декларации',
    timeLimit: 'Срок доставки',
    route: 'Маршрут',
    departure: 'Таможенный орган отправления',
    destination: 'Таможенный орган назначения',
    holder: 'Держатель (принципал)',
    items: 'Всего товаров',
    packages: 'Количество грузовых мест',
    gross: 'Масса брутто',
    net: 'Масса нетто',
    value: 'Стоимость',
    transportDocuments: 'Транспортные документы',
    contents: 'Состав пакета документов',
    number: '№',
    document: 'Документ',
    pages: 'Страницы',
    qrNote: (digest) =>
      'QR-код содержит LRN, MRN и хеш SHA-256 канонического JSON файла декларации ' +
      `(ключи отсортированы, без пробелов): ${digest}`,
    generated: (at, app) => `Сформировано ${at} программой ${app}.`,
  },
  invoice: {
    heading: (number, date) =>
      join(' ', 'Счёт-фактура (инвойс)', number && `№ ${number}`, date && `от ${date}`),
    seller: 'Продавец',
    buyer: 'Покупатель',
    invoiceNumber: 'Номер счёта-фактуры',
    invoiceDate: 'Дата счёта-фактуры',
    incoterms: 'Условия поставки (Incoterms® 2020)',
    currency: 'Валюта',
    dispatch: 'Страна отправления',
    destination: 'Страна назначения',
    transport: 'Транспорт',
    declaration: 'Транзитная декларация',
    exchangeRate: 'Курс валюты',
    goods: 'Товары',
    columns: {
      number: '№',
      hsCode: 'Код HS',
      description: 'Описание товаров',
      origin: 'Происхождение',
      quantity: 'Количество',
      net: 'Масса нетто (кг)',
      gross: 'Масса брутто (кг)',
      value: (currency) => (currency === '' ? 'Стоимость' : `Стоимость (${currency})`),
    },
    total: 'Итого',
    totalValue: (value) => `Общая сумма по счёту-фактуре: ${value}`.trim(),
    inWords: (text) => `Сумма прописью: ${text}`.trim(),
    plus: ' плюс ',
    summary: ({ items, packages, net, gross }) =>
      join(
        '; ',
        `Товаров: ${items}`,
        `грузовых мест: ${packages}`,
        net !== undefined && `масса нетто: ${net}`,
        gross !== undefined && `масса брутто: ${gross}`,
      ),
    signature: 'Подпись и печать продавца:',
  },
  countries: russian.countries,
  codeNames: codes,
  date: (iso) => formatLocalDate(iso, 'ru'),
  amountInWords: russianAmountInWords,
}
