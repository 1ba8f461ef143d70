/**
 * Words for searching code lists: lower case, accents folded, split at anything that is not a
 * letter or digit, English plurals reduced ("apricots" and "apricot" are one word; "cherries",
 * "cherry"). Russian and other scripts are only folded and split.
 */
export function searchWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(singular)
}

/** Lower case without accents ("Café" → "cafe"); ё is е, as Russian readers type it. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е')
}

/** The common English plural endings, so that a query and a description meet half-way. */
function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y'
  if (/(ches|shes|sses|xes|zes|oes)$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/**
 * Words for matching goods names across their grammatical forms: searchWords, then the common
 * Russian case and number endings taken off ("пряжа", "пряжи", "пряжу" are one word; so are
 * "хлопковая" and "хлопковой"). Only where at least three letters stay, so short words
 * ("рис", "лук") stay whole. The HS finder uses it for both the descriptions and the query.
 */
export function searchStems(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => {
      let found = stems.get(word)
      if (found === undefined) {
        found = stem(singular(word))
        if (stems.size < MAX_STEMS) stems.set(word, found)
      }
      return found
    })
}

/** Each word's stem, once: a tariff's 15,000 lines repeat a few thousand words. */
const stems = new Map<string, string>()
const MAX_STEMS = 200_000

/**
 * Russian noun and adjective endings, longest first, as `fold` leaves them (й is folded to и).
 * A light stemmer: a mistake costs a missed or an extra match, both visible in the list.
 */
const RUSSIAN_ENDINGS = (
  'ыми ими ого его ому ему ами ями ' +
  'ая яя ое ее ые ие ыи ии ои еи ую юю ых их ым им ах ях ам ям ов ев ом ем ью ия ию ' +
  'а я ы и у ю е о ь'
).split(' ')

const CYRILLIC = /^[\p{Script=Cyrillic}]+$/u

function stem(word: string): string {
  if (word.length <= 3 || !CYRILLIC.test(word)) return word
  for (const ending of RUSSIAN_ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 3)
      return word.slice(0, -ending.length)
  return word
}
