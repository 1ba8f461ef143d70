/**
 * Writes src/shared/codes/font-coverage.ts: the characters the packet's embedded fonts can show,
 * as ranges of code points, read from the fonts' own character maps. The validator warns about a
 * value with a character outside them before anything is printed (validation.md).
 *
 *   npx tsx scripts/build-font-coverage.ts
 *
 * Run it again whenever a font in resources/fonts changes or is added; a unit test checks that
 * the committed file matches the fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import fontkit from '@pdf-lib/fontkit'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The fonts values are printed in (labels are in the bold face, values in the regular one):
 * DejaVu Sans, and Noto Naskh Arabic for Arabic script. A character is printable when either
 * has it (the layout draws Arabic script with Naskh and everything else with DejaVu, falling
 * back on the other font for a character one of them lacks).
 */
export const PRINTING_FONTS = [
  'resources/fonts/DejaVuSans.ttf',
  'resources/fonts/NotoNaskhArabic-Regular.ttf',
]

const CONTROL = /^\p{Cc}$/u

export const COVERAGE_FILE = resolve(ROOT, 'src/shared/codes/font-coverage.ts')

/** The code points any printing font has, as [first, last] ranges in order. */
export function coverageRanges(fontFiles: string[] = PRINTING_FONTS): [number, number][] {
  const points = new Set<number>()
  for (const file of fontFiles) {
    const font = fontkit.create(readFileSync(resolve(ROOT, file)))
    // A font that maps a control character (Noto Naskh maps U+0000 and U+000D) does not make
    // it printable: printing drops controls.
    for (const point of font.characterSet)
      if (!CONTROL.test(String.fromCodePoint(point))) points.add(point)
  }
  const sorted = [...points].sort((a, b) => a - b)
  const ranges: [number, number][] = []
  for (const point of sorted) {
    const last = ranges[ranges.length - 1]
    if (last && point === last[1] + 1) last[1] = point
    else ranges.push([point, point])
  }
  return ranges
}

export function coverageSource(ranges: [number, number][]): string {
  const lines = ranges.map(([a, b]) => `  [0x${a.toString(16)}, 0x${b.toString(16)}],`)
  return `/**
 * The characters the packet's embedded fonts can show (${PRINTING_FONTS.map((f) => f.split('/').pop()).join(', ')}), as
 * [first, last] ranges of code points. Source: the fonts' own character maps, read by
 * scripts/build-font-coverage.ts — generated, do not edit by hand.
 */
// prettier-ignore
export const FONT_COVERAGE: readonly (readonly [number, number])[] = [
${lines.join('\n')}
]
`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ranges = coverageRanges()
  writeFileSync(COVERAGE_FILE, coverageSource(ranges))
  console.log(`${ranges.length} ranges written to ${COVERAGE_FILE}`)
}
