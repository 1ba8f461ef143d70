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
