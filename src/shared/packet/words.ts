/**
 * Amounts in words for the commercial invoice ("Sixty-one thousand two hundred fifty US dollars
 * and 00 cents"). English, short scale, no "and" inside the number (US usage, as banks print
 * it on letters of credit): 1 250 → "one thousand two hundred fifty".
 */
import { CURRENCIES } from '../codes/currencies'

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion']

function underThousand(n: number): string {
  const words: string[] = []
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  if (hundreds > 0) words.push(`${ONES[hundreds]} hundred`)
  if (rest >= 20) {
    const unit = rest % 10
    words.push(
      unit === 0 ? TENS[Math.floor(rest / 10)] : `${TENS[Math.floor(rest / 10)]}-${ONES[unit]}`,
    )
  } else if (rest > 0) {
    words.push(ONES[rest])
  }
  return words.join(' ')
}

/**
 * A whole number in English words, lower case: 61250 → "sixty-one thousand two hundred fifty".
 * Fractions are dropped (the caller writes minor units separately); negative numbers get
 * "minus"; numbers beyond the safe-integer range, or not finite, come back as digits.
 */
export function numberToWords(value: number): string {
  return spellByThousands(value, { zero: 'zero', minus: 'minus', scales: SCALES, underThousand })
}

/** How a language without grammatical agreement in its numerals spells them, group by group. */
export interface ThousandsSpelling {
  zero: string
  minus: string
  /** the words of the thousands' powers: '', thousand, million … */
  scales: readonly string[]
  /** 1 … 999 in words */
  underThousand(n: number): string
}

/**
 * A whole number spelled group of three digits by group, each followed by its scale word
 * (English, Kazakh). Fractions are dropped; negative numbers get the minus word; numbers beyond
 * the safe-integer range, or not finite, come back as digits.
 */
export function spellByThousands(value: number, spelling: ThousandsSpelling): string {
  if (!Number.isFinite(value)) return String(value)
  const whole = Math.trunc(value)
  if (whole < 0) return `${spelling.minus} ${spellByThousands(-whole, spelling)}`
  if (!Number.isSafeInteger(whole)) return String(whole)
  if (whole === 0) return spelling.zero
  const parts: string[] = []
  let rest = whole
  for (let scale = 0; rest > 0; scale++) {
    const group = rest % 1000
    rest = Math.floor(rest / 1000)
    if (group === 0) continue
    const words = spelling.underThousand(group)
    const power = spelling.scales[scale]
    parts.unshift(power ? `${words} ${power}` : words)
  }
  return parts.join(' ')
}

interface CurrencyWords {
  one: string
  many: string
  minorOne: string
  minorMany: string
}

/** Currencies of the corridor and its trade, with the names people write on invoices. */
const CURRENCY_WORDS: Readonly<Record<string, CurrencyWords>> = {
  USD: { one: 'US dollar', many: 'US dollars', minorOne: 'cent', minorMany: 'cents' },
  EUR: { one: 'euro', many: 'euros', minorOne: 'cent', minorMany: 'cents' },
  GBP: { one: 'pound sterling', many: 'pounds sterling', minorOne: 'penny', minorMany: 'pence' },
  CHF: { one: 'Swiss franc', many: 'Swiss francs', minorOne: 'centime', minorMany: 'centimes' },
  CNY: { one: 'yuan', many: 'yuan', minorOne: 'fen', minorMany: 'fen' },
  RUB: { one: 'Russian rouble', many: 'Russian roubles', minorOne: 'kopeck', minorMany: 'kopecks' },
  BYN: {
    one: 'Belarusian rouble',
    many: 'Belarusian roubles',
    minorOne: 'kopeck',
    minorMany: 'kopecks',
  },
  KZT: { one: 'tenge', many: 'tenge', minorOne: 'tiyn', minorMany: 'tiyn' },
  KGS: { one: 'som', many: 'som', minorOne: 'tyiyn', minorMany: 'tyiyn' },
  UZS: { one: 'Uzbek sum', many: 'Uzbek sum', minorOne: 'tiyin', minorMany: 'tiyin' },
  TJS: { one: 'somoni', many: 'somoni', minorOne: 'diram', minorMany: 'dirams' },
  TMT: { one: 'manat', many: 'manat', minorOne: 'tenge', minorMany: 'tenge' },
  AFN: { one: 'afghani', many: 'afghanis', minorOne: 'pul', minorMany: 'puls' },
  PKR: {
    one: 'Pakistani rupee',
    many: 'Pakistani rupees',
    minorOne: 'paisa',
    minorMany: 'paisa',
  },
  INR: { one: 'Indian rupee', many: 'Indian rupees', minorOne: 'paisa', minorMany: 'paise' },
  AED: { one: 'UAE dirham', many: 'UAE dirhams', minorOne: 'fils', minorMany: 'fils' },
  TRY: { one: 'Turkish lira', many: 'Turkish lira', minorOne: 'kurus', minorMany: 'kurus' },
}

/** Minor-unit digits of a currency (ISO 4217; 2 when the code is unknown). */
export function currencyDigits(code: string): number {
  return CURRENCIES.find((c) => c.code === code)?.digits ?? 2
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** An amount as invoices write it: rounded to the currency's minor digits, the minor units in figures. */
export interface AmountParts {
  /** below zero once rounded ("-0.001 USD" is not) */
  negative: boolean
  whole: number
  /** the minor units as printed ("05"), "" for a currency without them */
  minor: string
  /** the currency's minor-unit digits */
  digits: number
}

/** The parts of an amount; undefined for one that is not a finite number. */
export function amountParts(amount: number, currency: string): AmountParts | undefined {
  if (!Number.isFinite(amount)) return undefined
  const digits = currencyDigits(currency)
  const fixed = Math.abs(amount).toFixed(digits)
  const [wholeText, minor = ''] = fixed.split('.')
  return { negative: amount < 0 && Number(fixed) !== 0, whole: Number(wholeText), minor, digits }
}

/** The minor units of a currency the tables do not name, as a fraction: "50/100". */
export function minorFraction({ minor, digits }: AmountParts): string {
  return `${minor}/1${'0'.repeat(digits)}`
}

/**
 * A currency's name in `locale` as Unicode CLDR counts `n` of it (through Intl): ("ru", "KWD",
 * 2) → «кувейтских динара»; undefined when Intl does not know the code.
 */
export function cldrCurrencyName(locale: string, code: string, n = 1): string | undefined {
  try {
    const name = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
      currencyDisplay: 'name',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    })
      .formatToParts(n)
      .filter((part) => part.type === 'currency')
      .map((part) => part.value)
      .join('')
      .trim()
    return name === '' || name === code ? undefined : name
  } catch {
    return undefined
  }
}

/**
 * An amount of money in words, as on an invoice:
 * (61250, "USD") → "Sixty-one thousand two hundred fifty US dollars and 00 cents".
 * The minor units are written in figures ("and 05 cents"); a currency the table above does
 * not name is written with its ISO 4217 name and code ("… Tenge (XYZ) and 50/100").
 * Currencies without minor units (JPY) get no "and" part.
 */
export function amountInWords(amount: number, currency: string): string {
  const parts = amountParts(amount, currency)
  if (!parts) return ''
  const { whole, minor: minorText, digits } = parts
  const words = (parts.negative ? 'minus ' : '') + numberToWords(whole)
  const known = Object.hasOwn(CURRENCY_WORDS, currency) ? CURRENCY_WORDS[currency] : undefined
  if (known) {
    const name = whole === 1 ? known.one : known.many
    if (digits === 0) return capitalise(`${words} ${name}`)
    const minor = Number(minorText) === 1 ? known.minorOne : known.minorMany
    return capitalise(`${words} ${name} and ${minorText} ${minor}`)
  }
  const iso = CURRENCIES.find((c) => c.code === currency)?.name
  const name = iso ? `${iso} (${currency})` : currency
  if (digits === 0) return capitalise(`${words} ${name}`)
  return capitalise(`${words} ${name} and ${minorFraction(parts)}`)
}
