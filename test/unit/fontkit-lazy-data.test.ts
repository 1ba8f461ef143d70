/**
 * fontkit as the builds carry it (scripts/vite/fontkit-lazy-data.ts: its data tables decoded on
 * first use, the CJK code pages left out) lays out text exactly as fontkit as published, glyph
 * for glyph and position for position, with both packet fonts: the default shaper (Latin,
 * Cyrillic) and the Arabic one. (fontkit picks a shaper by the scripts a font's own tables
 * have; neither font has an Indic script or one of the Universal shaper's, so those shapers
 * never run for a packet.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import published, { type Font } from '@pdf-lib/fontkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { lazyFontkit } from '../../scripts/vite/fontkit-lazy-data'
import { FONT_FILES, fontsDirectory } from '../../src/main/core/fonts'

type Fontkit = typeof published

/** fontkit's published module, rewritten by the plugin, loaded from beside node_modules. */
async function loadLazyFontkit(): Promise<Fontkit> {
  const source = createRequire(import.meta.url).resolve('@pdf-lib/fontkit/dist/fontkit.es.js')
  // Inside node_modules, so that its own imports (pako, …) resolve as the original's do.
  const dir = resolve('node_modules/.cache/transitdesk-test')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'fontkit-lazy.mjs')
  writeFileSync(file, lazyFontkit(readFileSync(source, 'utf8')))
  return ((await import(pathToFileURL(file).href)) as { default: Fontkit }).default
}

const fontBytes = (family: 'sans' | 'naskh') =>
  readFileSync(join(fontsDirectory(), FONT_FILES[family].regular))

/** The glyphs and positions fontkit lays `text` out with. */
function laidOut(font: Font, text: string): string {
  const run = font.layout(text)
  return JSON.stringify({
    glyphs: run.glyphs.map((glyph) => glyph.id),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  })
}

const TEXTS = {
  default: 'Almaty → Karachi, Алматы — Қарағанды',
  arabic: 'کراچی سے کابل تک، ۱۲ ٹن',
  dari: 'کابل، افغانستان — پنبه',
}

describe('fontkit as built', () => {
  let lazy: Fontkit
  beforeAll(async () => {
    lazy = await loadLazyFontkit()
  })

  it.each(Object.entries(TEXTS))('lays out %s text as the published fontkit', (_shaper, text) => {
    for (const family of ['sans', 'naskh'] as const) {
      const bytes = fontBytes(family)
      expect(laidOut(lazy.create(bytes), text), family).toBe(laidOut(published.create(bytes), text))
    }
  })
})
