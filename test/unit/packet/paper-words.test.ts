/**
 * The papers' own words in Russian, Kazakh and Urdu (src/shared/packet/languages): the same
 * shape as the English reference with every word translated, and the amount in words as an
 * invoice writes it in each language (number agreement, feminine currencies, minor units).
 */
import { describe, expect, it } from 'vitest'
import { ENGLISH_PAPERS } from '../../../src/shared/packet/languages/en'
import { KAZAKH_PAPERS, kazakhNumberToWords } from '../../../src/shared/packet/languages/kk'
import type { PaperWords } from '../../../src/shared/packet/languages/paper-words'
import { RUSSIAN_PAPERS } from '../../../src/shared/packet/languages/ru'
import { URDU_PAPERS } from '../../../src/shared/packet/languages/ur'

const LRN = 'KZ-ALA-2026-0117'
const DIGEST = '3f2a9c'

/** Sample arguments for each function of the words, by its path; each must show in the text. */
const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'cover.heading': [LRN],
  'cover.qrNote': [DIGEST],
  'cover.generated': ['2026-02-04T10:00:00Z', 'TransitDesk'],
  'invoice.heading': ['12', '2026-01-20'],
  'invoice.columns.value': ['USD'],
  'invoice.totalValue': ['61250.00 USD'],
  'invoice.inWords': ['61250'],
  'invoice.summary': [{ items: '3', packages: '480', net: '19425.5 kg', gross: '20100 kg' }],
  amountInWords: [61250, 'USD'],
  date: ['2026-02-04'],
}

/** Tables of names (countries, code names), each counted as one leaf. */
const TABLES = new Set(['countries', 'codeNames'])

/** The strings a sample call must contain (its arguments, as printed). */
const shown = (args: readonly unknown[]): string[] =>
  args.flatMap((a) => (typeof a === 'object' && a !== null ? Object.values(a) : [a])).map(String)

type Entry = { path: string; english: unknown; translated: unknown }

/** Every leaf of the English words beside its counterpart in another language. */
function leaves(english: unknown, translated: unknown, path = ''): Entry[] {
  if (typeof english === 'object' && english !== null && !TABLES.has(path)) {
    const other = (translated ?? {}) as Record<string, unknown>
    return Object.entries(english).flatMap(([key, value]) =>
      leaves(value, other[key], path === '' ? key : `${path}.${key}`),
    )
  }
  return [{ path, english, translated }]
}

/** The keys of an object tree, as paths (the countries table counted as one leaf). */
function paths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || TABLES.has(path)) return [path]
  return Object.entries(value).flatMap(([key, v]) => paths(v, path === '' ? key : `${path}.${key}`))
}

const LANGUAGES: readonly [string, PaperWords][] = [
  ['ru', RUSSIAN_PAPERS],
  ['kk', KAZAKH_PAPERS],
  ['ur', URDU_PAPERS],
]

describe.each(LANGUAGES)('the %s papers', (language, words) => {
  it('has the shape of the English words, no key more, no key less', () => {
    expect(paths(words).sort()).toEqual(paths(ENGLISH_PAPERS).sort())
    expect(words.language).toBe(language)
  })

  it('translates every word and every function (called with sample arguments)', () => {
    for (const { path, english, translated } of leaves(ENGLISH_PAPERS, words)) {
      if (path === 'language' || TABLES.has(path)) continue
      expect(typeof translated, path).toBe(typeof english)
      if (typeof english === 'function') {
        const args = SAMPLES[path]
        expect(args, `sample arguments for ${path}`).toBeDefined()
        const text = (translated as (...a: unknown[]) => string)(...args!)
        expect(typeof text, path).toBe('string')
        expect(text.trim(), path).not.toBe('')
        if (path !== 'amountInWords' && path !== 'date')
          for (const arg of shown(args!)) expect(text, path).toContain(arg)
        expect(text, path).not.toBe((english as (...a: unknown[]) => string)(...args!))
      } else {
        expect(String(translated).trim(), path).not.toBe('')
        if (path !== 'titles.td') expect(translated, path).not.toBe(english)
      }
    }
  })

  it('titles every paper, the ТД with its own Russian title', () => {
    expect(Object.keys(words.titles).sort()).toEqual(Object.keys(ENGLISH_PAPERS.titles).sort())
    for (const title of Object.values(words.titles)) expect(title.trim()).not.toBe('')
    expect(words.titles.td).toBe('Транзитная декларация (ТД)')
  })

  it('leaves out what is missing, with no stray spaces or separators', () => {
    expect(words.cover.heading('')).toBe(words.cover.heading('').trim())
    const bare = words.invoice.heading('', '')
    expect(bare).toBe(bare.trim())
    expect(bare).not.toMatch(/ {2}|[,،]$/)
    expect(words.invoice.columns.value('')).not.toContain('(')
    const summary = words.invoice.summary({ items: '3', packages: '480' })
    expect(summary).toContain('3')
    expect(summary).toContain('480')
    expect(summary).not.toMatch(/[;؛]\s*$/)
    expect(words.invoice.plus).toMatch(/^ \S+ $/)
  })

  it('names countries, modes of transport and Incoterms rules in the language, dates its way', () => {
    expect(typeof words.countries.KZ).toBe('string')
    expect(words.countries.KZ).not.toBe(ENGLISH_PAPERS.countries.KZ)
    expect(words.codeNames.transportMode['3']).not.toBe(ENGLISH_PAPERS.codeNames.transportMode['3'])
    expect(words.codeNames.incoterm.DAP).not.toBe(ENGLISH_PAPERS.codeNames.incoterm.DAP)
    expect(words.date('2026-02-04')).toMatch(/^04[./]02[./]2026$/)
  })
})

describe('Urdu labels read right to left', () => {
  // The layout takes a value's direction from its first strong character (bidi.ts).
  const firstStrong = (text: string) => /[A-Za-z\u0400-\u04FF\u0600-\u06FF]/.exec(text)?.[0] ?? ''
  it.each(
    leaves(ENGLISH_PAPERS, URDU_PAPERS).filter(
      (e) =>
        typeof e.translated === 'string' &&
        e.path !== 'titles.td' &&
        e.path !== 'language' &&
        !TABLES.has(e.path),
    ),
  )('$path starts with an Urdu word', ({ translated }) => {
    expect(firstStrong(translated as string)).toMatch(/[\u0600-\u06FF]/)
  })
})

describe('Russian amounts in words', () => {
  it.each([
    [0, 'USD', 'Ноль долларов США 00 центов'],
    [1, 'USD', 'Один доллар США 00 центов'],
    [2, 'USD', 'Два доллара США 00 центов'],
    [5, 'USD', 'Пять долларов США 00 центов'],
    [11, 'USD', 'Одиннадцать долларов США 00 центов'],
    [21, 'USD', 'Двадцать один доллар США 00 центов'],
    [22, 'USD', 'Двадцать два доллара США 00 центов'],
    [101, 'USD', 'Сто один доллар США 00 центов'],
    [1000, 'USD', 'Одна тысяча долларов США 00 центов'],
    [61250, 'USD', 'Шестьдесят одна тысяча двести пятьдесят долларов США 00 центов'],
    [
      1234567.89,
      'USD',
      'Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь долларов США 89 центов',
    ],
    [-3.5, 'USD', 'Минус три доллара США 50 центов'],
    [0.01, 'USD', 'Ноль долларов США 01 цент'],
    [0.02, 'USD', 'Ноль долларов США 02 цента'],
    [0.11, 'USD', 'Ноль долларов США 11 центов'],
    [0.21, 'USD', 'Ноль долларов США 21 цент'],
    [1.01, 'RUB', 'Один рубль 01 копейка'],
    [2.02, 'RUB', 'Два рубля 02 копейки'],
    [5.05, 'RUB', 'Пять рублей 05 копеек'],
    [3, 'BYN', 'Три белорусских рубля 00 копеек'],
    [1, 'PKR', 'Одна пакистанская рупия 00 пайс'],
    [2, 'PKR', 'Две пакистанские рупии 00 пайс'],
    [5, 'PKR', 'Пять пакистанских рупий 00 пайс'],
    [21, 'PKR', 'Двадцать одна пакистанская рупия 00 пайс'],
    [1001.01, 'PKR', 'Одна тысяча одна пакистанская рупия 01 пайса'],
    [2000002, 'PKR', 'Два миллиона две пакистанские рупии 00 пайс'],
    [12.3, 'KZT', 'Двенадцать тенге 30 тиын'],
    [186000, 'EUR', 'Сто восемьдесят шесть тысяч евро 00 евроцентов'],
    [3, 'UZS', 'Три сума 00 тийин'],
    [42, 'CNY', 'Сорок два юаня 00 фэней'],
    [5000, 'JPY', 'Пять тысяч японских иен (JPY)'],
    [1, 'JPY', 'Одна японская иена (JPY)'],
    [2, 'JPY', 'Две японские иены (JPY)'],
    [1.5, 'KWD', 'Один кувейтский динар (KWD) 500/1000'],
    [2.5, 'XYZ', 'Два XYZ 50/100'],
  ])('%d %s', (amount, currency, text) => {
    expect(RUSSIAN_PAPERS.amountInWords(amount, currency)).toBe(text)
  })

  it('rounds to the minor unit as the figures do, and drops the sign of a rounded zero', () => {
    expect(RUSSIAN_PAPERS.amountInWords(99.999, 'USD')).toBe('Сто долларов США 00 центов')
    expect(RUSSIAN_PAPERS.amountInWords(-0.001, 'USD')).toBe('Ноль долларов США 00 центов')
    expect(RUSSIAN_PAPERS.amountInWords(Number.NaN, 'USD')).toBe('')
  })
})

describe('Kazakh amounts in words', () => {
  it.each([
    [0, 'нөл'],
    [7, 'жеті'],
    [10, 'он'],
    [11, 'он бір'],
    [19, 'он тоғыз'],
    [40, 'қырық'],
    [99, 'тоқсан тоғыз'],
    [100, 'жүз'],
    [110, 'жүз он'],
    [200, 'екі жүз'],
    [1000, 'бір мың'],
    [1100, 'бір мың жүз'],
    [2000, 'екі мың'],
    [10000, 'он мың'],
    [100000, 'жүз мың'],
    [1000000, 'бір миллион'],
    [2000003000, 'екі миллиард үш мың'],
    [1000000000000, 'бір триллион'],
    [-42, 'минус қырық екі'],
    [7.9, 'жеті'],
  ])('%d → %s', (n, text) => {
    expect(kazakhNumberToWords(n)).toBe(text)
  })

  it.each([
    [0, 'USD', 'Нөл АҚШ доллары 00 цент'],
    [1, 'USD', 'Бір АҚШ доллары 00 цент'],
    [2, 'USD', 'Екі АҚШ доллары 00 цент'],
    [5, 'USD', 'Бес АҚШ доллары 00 цент'],
    [21, 'USD', 'Жиырма бір АҚШ доллары 00 цент'],
    [101, 'USD', 'Жүз бір АҚШ доллары 00 цент'],
    [1000, 'USD', 'Бір мың АҚШ доллары 00 цент'],
    [61250, 'USD', 'Алпыс бір мың екі жүз елу АҚШ доллары 00 цент'],
    [1234567.89, 'USD', 'Бір миллион екі жүз отыз төрт мың бес жүз алпыс жеті АҚШ доллары 89 цент'],
    [-3.5, 'USD', 'Минус үш АҚШ доллары 50 цент'],
    [12.3, 'KZT', 'Он екі теңге 30 тиын'],
    [250000, 'KZT', 'Екі жүз елу мың теңге 00 тиын'],
    [186000, 'EUR', 'Жүз сексен алты мың еуро 00 цент'],
    [2.02, 'RUB', 'Екі Ресей рублі 02 тиын'],
    [5000, 'JPY', 'Бес мың Жапония иенасы (JPY)'],
    [2.5, 'XYZ', 'Екі XYZ 50/100'],
  ])('%d %s', (amount, currency, text) => {
    expect(KAZAKH_PAPERS.amountInWords(amount, currency)).toBe(text)
  })

  it('rounds to the minor unit as the figures do', () => {
    expect(KAZAKH_PAPERS.amountInWords(99.999, 'USD')).toBe('Жүз АҚШ доллары 00 цент')
  })
})

describe('Urdu amounts in words', () => {
  it.each([
    [0, 'USD', 'صفر امریکی ڈالر اور 00 سینٹ'],
    [1, 'USD', 'ایک امریکی ڈالر اور 00 سینٹ'],
    [2, 'USD', 'دو امریکی ڈالر اور 00 سینٹ'],
    [5, 'USD', 'پانچ امریکی ڈالر اور 00 سینٹ'],
    [21, 'USD', 'اکیس امریکی ڈالر اور 00 سینٹ'],
    [101, 'USD', 'ایک سو ایک امریکی ڈالر اور 00 سینٹ'],
    [1000, 'USD', 'ایک ہزار امریکی ڈالر اور 00 سینٹ'],
    [61250, 'USD', 'اکسٹھ ہزار دو سو پچاس امریکی ڈالر اور 00 سینٹ'],
    [1234567.89, 'USD', 'بارہ لاکھ چونتیس ہزار پانچ سو سڑسٹھ امریکی ڈالر اور 89 سینٹ'],
    [-3.5, 'USD', 'منفی تین امریکی ڈالر اور 50 سینٹ'],
    [1, 'PKR', 'ایک پاکستانی روپیہ اور 00 پیسے'],
    [1.01, 'PKR', 'ایک پاکستانی روپیہ اور 01 پیسہ'],
    [2, 'PKR', 'دو پاکستانی روپے اور 00 پیسے'],
    [1500000, 'PKR', 'پندرہ لاکھ پاکستانی روپے اور 00 پیسے'],
    [12.3, 'KZT', 'بارہ قازق تنگے اور 30 تیئن'],
    [5000, 'JPY', 'پانچ ہزار جاپانی ین (JPY)'],
    [2.5, 'XYZ', 'دو XYZ اور 50/100'],
  ])('%d %s', (amount, currency, text) => {
    expect(URDU_PAPERS.amountInWords(amount, currency)).toBe(text)
  })

  it('rounds to the minor unit as the figures do', () => {
    expect(URDU_PAPERS.amountInWords(99.999, 'USD')).toBe('ایک سو امریکی ڈالر اور 00 سینٹ')
  })
})
