/**
 * The papers' own words in Kazakh, Cyrillic (see paper-words.ts; English reference: en.ts).
 * Wording follows docs/glossary.md and the kk catalogue (src/shared/i18n/kk): «Ұстаушы
 * (принципал)», «жөнелту / межелі кеден органы», «брутто / нетто салмағы», «ХЖТ (TIR)», «ЕАЭО»,
 * «Титул парағы». Codes stay Latin (LRN, MRN, CMR, SMGS, HS, Incoterms®). Kazakh nouns stay
 * singular after a number («5 тауар», «61 250 АҚШ доллары»).
 */
import codes from '../../i18n/kk/codes.json'
import { formatLocalDate } from '../../i18n/local-format'
import kazakh from 'i18n-iso-countries/langs/kk.json'
import { join } from '../format'
import {
  amountParts,
  capitalise,
  cldrCurrencyName,
  minorFraction,
  spellByThousands,
} from '../words'
import type { PaperWords } from './paper-words'

const CUSTOMS_NUMBER = 'Кеден органы берген нөмір'
const MRN = `${CUSTOMS_NUMBER} (MRN)`

const ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз']
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан']
const SCALES = ['', 'мың', 'миллион', 'миллиард', 'триллион', 'квадриллион']

/** 1–999: «жүз» alone for one hundred, «екі жүз» for two; «он бір», «жиырма бес». */
function underThousand(n: number): string {
  const words: string[] = []
  const hundreds = Math.floor(n / 100)
  if (hundreds === 1) words.push('жүз')
  else if (hundreds > 1) words.push(`${ONES[hundreds]} жүз`)
  const tens = Math.floor((n % 100) / 10)
  if (tens > 0) words.push(TENS[tens])
  if (n % 10 > 0) words.push(ONES[n % 10])
  return words.join(' ')
}

/**
 * A whole number in Kazakh words, lower case: 61250 → «алпыс бір мың екі жүз елу».
 *
 * The style is the one Kazakh bank and accounting software prints in «сомасы жазбаша» (the
 * gammban/numtow tables for invoices; Humanizer's kk locale): one hundred is «жүз» with no «бір»
 * (105 → «жүз бес», 100 000 → «жүз мың»), as Kazakh grammar writes it, while every larger scale
 * word keeps its «бір» (1000 → «бір мың», 1 000 000 → «бір миллион»), as «одна тысяча» is written
 * in Russian amounts, so that no word can be put in front of «мың» afterwards. Kazakh numerals
 * have no gender and the counted noun does not change. Fractions are dropped (the caller writes
 * minor units in figures); negative numbers get «минус»; numbers beyond the safe-integer range,
 * or not finite, come back as digits.
 */
export function kazakhNumberToWords(value: number): string {
  return spellByThousands(value, { zero: 'нөл', minus: 'минус', scales: SCALES, underThousand })
}

interface CurrencyWords {
  name: string
  minor: string
}

/**
 * Currencies of the corridor and its trade (the same list as words.ts), as Kazakh invoices and
 * the National Bank's rate tables name them: «АҚШ доллары», «еуро» (the Kazakh spelling),
 * «Ресей рублі» beside «Беларусь рублі», «теңге … тиын»; «тиын» is also the Kazakh word for the
 * kopeck and for the Kyrgyz and Uzbek tyiyn.
 */
const CURRENCY_WORDS: Readonly<Record<string, CurrencyWords>> = {
  USD: { name: 'АҚШ доллары', minor: 'цент' },
  EUR: { name: 'еуро', minor: 'цент' },
  GBP: { name: 'фунт стерлинг', minor: 'пенс' },
  CHF: { name: 'Швейцария франкі', minor: 'сантим' },
  CNY: { name: 'Қытай юані', minor: 'фэнь' },
  RUB: { name: 'Ресей рублі', minor: 'тиын' },
  BYN: { name: 'Беларусь рублі', minor: 'тиын' },
  KZT: { name: 'теңге', minor: 'тиын' },
  KGS: { name: 'қырғыз сомы', minor: 'тиын' },
  UZS: { name: 'өзбек сомы', minor: 'тиын' },
  TJS: { name: 'тәжік сомониі', minor: 'дирам' },
  TMT: { name: 'түрікмен манаты', minor: 'теңге' },
  AFN: { name: 'афгани', minor: 'пул' },
  PKR: { name: 'Пәкістан рупиясы', minor: 'пайса' },
  INR: { name: 'Үнді рупиясы', minor: 'пайса' },
  AED: { name: 'БАӘ дирхамы', minor: 'филс' },
  TRY: { name: 'түрік лирасы', minor: 'куруш' },
}

/**
 * An amount in Kazakh words as on an invoice, the minor units in figures:
 * (61250, "USD") → «Алпыс бір мың екі жүз елу АҚШ доллары 00 цент». Rounding, signs and
 * currencies without minor units as in words.ts; a currency the table does not hold takes its
 * CLDR name and code («Бес мың Жапония иенасы (JPY)»), one Intl does not know only its code
 * («Екі XYZ 50/100»).
 */
function kazakhAmountInWords(amount: number, currency: string): string {
  const parts = amountParts(amount, currency)
  if (!parts) return ''
  const { minor: minorText, digits } = parts
  const words = (parts.negative ? 'минус ' : '') + kazakhNumberToWords(parts.whole)
  const known = Object.hasOwn(CURRENCY_WORDS, currency) ? CURRENCY_WORDS[currency] : undefined
  if (known) {
    if (digits === 0) return capitalise(`${words} ${known.name}`)
    return capitalise(`${words} ${known.name} ${minorText} ${known.minor}`)
  }
  const cldr = cldrCurrencyName('kk', currency)
  const name = cldr === undefined ? currency : `${cldr} (${currency})`
  if (digits === 0) return capitalise(`${words} ${name}`)
  return capitalise(`${words} ${name} ${minorFraction(parts)}`)
}

export const KAZAKH_PAPERS: PaperWords = {
  language: 'kk',
  titles: {
    cover: 'Титул парағы',
    declaration: 'Транзиттік декларация (резервтік нұсқа)',
    tad: 'Транзиттік ілеспе құжат (TAD)',
    td: 'Транзитная декларация (ТД)',
    tir: 'ХЖТ (TIR) кітапшасының деректер парағы',
    summary: 'Транзит туралы жиынтық мәліметтер',
    cmr: 'CMR халықаралық тауар-көлік жүкқұжаты',
    smgs: 'SMGS жүкқұжатының деректер парағы',
    invoice: 'Коммерциялық шот-фактура (инвойс)',
    packing: 'Тиеу (орау) парағы',
  },
  cover: {
    heading: (lrn) => `Транзиттік декларацияның құжаттар топтамасы ${lrn}`.trim(),
    keyData: 'Негізгі деректер',
    lrn: 'Анықтамалық нөмір (LRN)',
    reference: {
      T1: MRN,
      T2: MRN,
      TIR: `${CUSTOMS_NUMBER} (ХЖТ операциясы NCTS жүйесінде жүргізілсе, MRN)`,
      EAEU: 'ТД тіркеу нөмірі',
      NATIONAL: `${CUSTOMS_NUMBER} (ұлттық нөмірлеу)`,
    },
    referenceOther: CUSTOMS_NUMBER,
    procedure: 'Рәсім',
    procedures: {
      TIR: 'ХЖТ (TIR), 1975 жылғы ХЖТ Конвенциясы',
      T1: 'T1 (ортақ транзит)',
      T2: 'T2 (ортақ транзит)',
      EAEU: 'ЕАЭО кедендік транзиті',
      NATIONAL: 'Ұлттық транзит',
    },
    placeAndDate: 'Декларация жасалған жер және күні',
    timeLimit: 'Кедендік транзит мерзімі',
    route: 'Жүру бағыты',
    departure: 'Жөнелту кеден органы',
    destination: 'Межелі кеден органы',
    holder: 'Ұстаушы (принципал)',
    items: 'Тауарлар саны',
    packages: 'Жүк орындарының саны',
    gross: 'Брутто салмағы',
    net: 'Нетто салмағы',
    value: 'Құны',
    transportDocuments: 'Көліктік құжаттар',
    contents: 'Топтаманың құрамы',
    number: '№',
    document: 'Құжат',
    pages: 'Беттер',
    qrNote: (digest) =>
      'QR кодында LRN, MRN және декларация файлының канондық JSON мәтінінің SHA-256 хеші бар ' +
      `(кілттер сұрыпталған, бос орынсыз): ${digest}`,
    generated: (at, app) => `${app} бағдарламасында ${at} жасалды.`,
  },
  invoice: {
    heading: (number, date) =>
      join(
        ', ',
        join(' ', 'Коммерциялық шот-фактура (инвойс)', number && `№ ${number}`),
        date && `${date} ж.`,
      ),
    seller: 'Сатушы',
    buyer: 'Сатып алушы',
    invoiceNumber: 'Шот-фактура нөмірі',
    invoiceDate: 'Шот-фактура күні',
    incoterms: 'Жеткізу шарты (Incoterms® 2020)',
    currency: 'Валюта',
    dispatch: 'Жөнелту елі',
    destination: 'Межелі ел',
    transport: 'Көлік',
    declaration: 'Транзиттік декларация',
    exchangeRate: 'Валюта бағамы',
    goods: 'Тауарлар',
    columns: {
      number: '№',
      hsCode: 'Тауар коды (HS)',
      description: 'Тауарлардың сипаттамасы',
      origin: 'Шығарылған елі',
      quantity: 'Саны',
      net: 'Нетто салмағы (кг)',
      gross: 'Брутто салмағы (кг)',
      value: (currency) => (currency === '' ? 'Құны' : `Құны (${currency})`),
    },
    total: 'Барлығы',
    totalValue: (value) => `Шот-фактура бойынша жалпы сома: ${value}`.trim(),
    inWords: (text) => `Сомасы жазбаша: ${text}`.trim(),
    plus: ' және ',
    summary: ({ items, packages, net, gross }) =>
      join(
        '; ',
        `Тауарлар: ${items}`,
        `жүк орындары: ${packages}`,
        net !== undefined && `нетто салмағы: ${net}`,
        gross !== undefined && `брутто салмағы: ${gross}`,
      ),
    signature: 'Сатушының қолы және мөрі:',
  },
  countries: kazakh.countries,
  codeNames: codes,
  date: (iso) => formatLocalDate(iso, 'kk'),
  amountInWords: kazakhAmountInWords,
}
