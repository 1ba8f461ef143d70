/**
 * The papers' own words in Urdu (see paper-words.ts; English reference: en.ts). Wording follows
 * docs/glossary.md and the ur catalogue (src/shared/i18n/ur): English trade terms in Urdu script
 * first («ہولڈر (پرنسپل)», «روانگی / منزل کا کسٹمز آفس», «ڈیکلریشن»), «مجموعی / خالص وزن»,
 * «ایچ ایس کوڈ», Western digits. Codes stay Latin (LRN, MRN, TIR, CMR, SMGS, Incoterms®).
 *
 * Every label starts with an Urdu word: the layout sets a value right to left when its first
 * strong character is (bidi.ts), and printing drops the bidi marks and isolates the catalogue
 * uses, so «TIR کارنیٹ …» would be set left to right; a code comes after the first Urdu word.
 */
import codes from '../../i18n/ur/codes.json'
import { formatLocalDate } from '../../i18n/local-format'
import urdu from 'i18n-iso-countries/langs/ur.json'
import { toCardinal } from 'n2words/ur-PK'
import { join } from '../format'
import { amountParts, cldrCurrencyName, minorFraction } from '../words'
import type { PaperWords } from './paper-words'

const CUSTOMS_NUMBER = 'کسٹمز کا دیا ہوا نمبر'
const MRN = `${CUSTOMS_NUMBER} (MRN)`

interface CurrencyWords {
  one: string
  many: string
  minorOne: string
  minorMany: string
}

const same = (name: string, minor: string): CurrencyWords => ({
  one: name,
  many: name,
  minorOne: minor,
  minorMany: minor,
})

/** Currencies of the corridor and its trade (the same list as words.ts), as Pakistani invoices write them. */
const CURRENCY_WORDS: Readonly<Record<string, CurrencyWords>> = {
  USD: same('امریکی ڈالر', 'سینٹ'),
  EUR: same('یورو', 'سینٹ'),
  GBP: { one: 'برطانوی پاؤنڈ', many: 'برطانوی پاؤنڈ', minorOne: 'پینی', minorMany: 'پینس' },
  CHF: same('سوئس فرانک', 'سینٹیم'),
  CNY: same('چینی یوآن', 'فین'),
  RUB: same('روسی روبل', 'کوپیک'),
  BYN: same('بیلاروسی روبل', 'کوپیک'),
  KZT: same('قازق تنگے', 'تیئن'),
  KGS: same('کرغز سوم', 'تیئن'),
  UZS: same('ازبک سوم', 'تیئن'),
  TJS: same('تاجک سومونی', 'دیرام'),
  TMT: same('ترکمن منات', 'تنگے'),
  AFN: same('افغانی', 'پول'),
  PKR: { one: 'پاکستانی روپیہ', many: 'پاکستانی روپے', minorOne: 'پیسہ', minorMany: 'پیسے' },
  INR: { one: 'بھارتی روپیہ', many: 'بھارتی روپے', minorOne: 'پیسہ', minorMany: 'پیسے' },
  AED: same('اماراتی درہم', 'فلس'),
  TRY: same('ترک لیرا', 'کروش'),
}

/**
 * A whole number in Urdu words as Pakistan counts (n2words: ہزار، لاکھ، کروڑ، ارب):
 * 1 234 567 → «بارہ لاکھ چونتیس ہزار پانچ سو سڑسٹھ». Beyond the safe-integer range: digits.
 */
function cardinal(whole: number): string {
  return Number.isSafeInteger(whole) ? toCardinal(whole) : String(whole)
}

/**
 * An amount in Urdu words as on an invoice, the minor units in Western figures after «اور»:
 * (61250, "USD") → «اکسٹھ ہزار دو سو پچاس امریکی ڈالر اور 00 سینٹ»; one rupee is «روپیہ»,
 * more «روپے». Rounding, signs («منفی») and currencies without minor units as in words.ts; a
 * currency the table does not hold takes its CLDR name and code («پانچ ہزار جاپانی ین (JPY)»),
 * one Intl does not know only its code («دو XYZ اور 50/100»).
 */
function urduAmountInWords(amount: number, currency: string): string {
  const parts = amountParts(amount, currency)
  if (!parts) return ''
  const { whole, minor: minorText, digits } = parts
  const words = (parts.negative ? 'منفی ' : '') + cardinal(whole)
  const known = Object.hasOwn(CURRENCY_WORDS, currency) ? CURRENCY_WORDS[currency] : undefined
  if (known) {
    const name = whole === 1 ? known.one : known.many
    if (digits === 0) return `${words} ${name}`
    const minor = Number(minorText) === 1 ? known.minorOne : known.minorMany
    return `${words} ${name} اور ${minorText} ${minor}`
  }
  const cldr = cldrCurrencyName('ur', currency, whole)
  const name = cldr === undefined ? currency : `${cldr} (${currency})`
  if (digits === 0) return `${words} ${name}`
  return `${words} ${name} اور ${minorFraction(parts)}`
}

export const URDU_PAPERS: PaperWords = {
  language: 'ur',
  titles: {
    cover: 'سرورق',
    declaration: 'ٹرانزٹ ڈیکلریشن (بزنس کنٹینیوٹی کا متبادل)',
    tad: 'ٹرانزٹ کی ہمراہ دستاویز (TAD)',
    td: 'Транзитная декларация (ТД)',
    tir: 'ٹی آئی آر (TIR) کارنیٹ ڈیٹا شیٹ',
    summary: 'ٹرانزٹ کا خلاصہ',
    cmr: 'سی ایم آر (CMR) کنسائنمنٹ نوٹ',
    smgs: 'ایس ایم جی ایس (SMGS) کنسائنمنٹ نوٹ ڈیٹا شیٹ',
    invoice: 'کمرشل انوائس',
    packing: 'پیکنگ لسٹ',
  },
  cover: {
    heading: (lrn) => `ٹرانزٹ ڈیکلریشن کا دستاویزی پیکٹ ${lrn}`.trim(),
    keyData: 'اہم معلومات',
    lrn: 'اپنا حوالہ نمبر (LRN)',
    reference: {
      T1: MRN,
      T2: MRN,
      TIR: `${CUSTOMS_NUMBER} (اگر TIR آپریشن NCTS میں چلے تو MRN)`,
      EAEU: 'ٹرانزٹ ڈیکلریشن (ТД) کا رجسٹریشن نمبر',
      NATIONAL: `${CUSTOMS_NUMBER} (قومی نمبرنگ)`,
    },
    referenceOther: CUSTOMS_NUMBER,
    procedure: 'طریقۂ کار',
    procedures: {
      TIR: 'ٹی آئی آر (TIR کنونشن 1975)',
      T1: 'کامن ٹرانزٹ (T1)',
      T2: 'کامن ٹرانزٹ (T2)',
      EAEU: 'یوریشین اکنامک یونین (EAEU) ٹرانزٹ',
      NATIONAL: 'قومی ٹرانزٹ',
    },
    placeAndDate: 'ڈیکلریشن کا مقام اور تاریخ',
    timeLimit: 'ٹرانزٹ کی مقررہ مدت',
    route: 'روٹ',
    departure: 'روانگی کا کسٹمز آفس',
    destination: 'منزل کا کسٹمز آفس',
    holder: 'ہولڈر (پرنسپل)',
    items: 'آئٹمز کی تعداد',
    packages: 'پیکجز کی تعداد',
    gross: 'مجموعی وزن',
    net: 'خالص وزن',
    value: 'مالیت',
    transportDocuments: 'ٹرانسپورٹ دستاویزات',
    contents: 'اس پیکٹ کی دستاویزات',
    number: 'نمبر',
    document: 'دستاویز',
    pages: 'صفحات',
    qrNote: (digest) =>
      'اس QR کوڈ میں LRN، MRN اور ڈیکلریشن فائل کے کینونیکل JSON (کیز ترتیب وار، بغیر اسپیس) ' +
      `کا SHA-256 ڈائجسٹ درج ہے: ${digest}`,
    // The time follows the program's Latin name, so bidi keeps "2026-02-04T10:00:00Z" in order
    // (after an Urdu letter its digits would be Arabic numbers, and the hyphens would turn them).
    generated: (at, app) => `تیار کردہ: ${app}، ${at}`,
  },
  invoice: {
    heading: (number, date) =>
      join(' ', 'کمرشل انوائس', number && `نمبر ${number}`, date && `مورخہ ${date}`),
    seller: 'فروخت کنندہ',
    buyer: 'خریدار',
    invoiceNumber: 'انوائس نمبر',
    invoiceDate: 'انوائس کی تاریخ',
    incoterms: 'ترسیل کی شرائط (Incoterms® 2020)',
    currency: 'کرنسی',
    dispatch: 'روانگی کا ملک',
    destination: 'منزل کا ملک',
    transport: 'ٹرانسپورٹ',
    declaration: 'ٹرانزٹ ڈیکلریشن',
    exchangeRate: 'شرحِ مبادلہ',
    goods: 'سامان',
    columns: {
      number: 'نمبر',
      hsCode: 'ایچ ایس کوڈ',
      description: 'مال کی تفصیل',
      origin: 'اصل ملک',
      quantity: 'مقدار',
      net: 'خالص وزن (کلوگرام)',
      gross: 'مجموعی وزن (کلوگرام)',
      value: (currency) => (currency === '' ? 'مالیت' : `مالیت (${currency})`),
    },
    total: 'کل',
    totalValue: (value) => `انوائس کی کل رقم: ${value}`.trim(),
    inWords: (text) => `رقم الفاظ میں: ${text}`.trim(),
    plus: ' جمع ',
    summary: ({ items, packages, net, gross }) =>
      join(
        '؛ ',
        `آئٹمز: ${items}`,
        `پیکجز: ${packages}`,
        net !== undefined && `خالص وزن: ${net}`,
        gross !== undefined && `مجموعی وزن: ${gross}`,
      ),
    // No closing colon: in a right-to-left line it would stand apart at the far left.
    signature: 'فروخت کنندہ کے دستخط اور مہر',
  },
  countries: urdu.countries,
  codeNames: codes,
  date: (iso) => formatLocalDate(iso, 'ur'),
  amountInWords: urduAmountInWords,
}
