/**
 * A national tariff file's bytes as text. UTF-8 with or without BOM; otherwise the Russian
 * code pages the EAEU files come in — Windows-1251 (Russian Excel's CSV) or CP866 (the FTS/FNS
 * classifier files TNVED*.TXT, see docs/national-tariffs.md) — told apart by which of them reads
 * as Russian; otherwise Windows-1252 (a Latin file, e.g. the Pakistan Customs Tariff).
 */
export function tariffText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    const win1251 = new TextDecoder('windows-1251').decode(bytes)
    if (!/[а-яё]{3}/i.test(win1251))
      return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' }
    const cp866 = new TextDecoder('ibm866').decode(bytes)
    // Read in the wrong one of the two, Russian words lose about half their lower-case letters.
    return russianLetters(cp866) > russianLetters(win1251)
      ? { text: cp866, encoding: 'CP866' }
      : { text: win1251, encoding: 'Windows-1251' }
  }
}

const russianLetters = (text: string) => text.match(/[а-яё]/g)?.length ?? 0
