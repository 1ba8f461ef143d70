/** The app's own copy of the packet fonts (resources/fonts), read by the Node loader. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { FONT_FILES, fontsDirectory, loadPacketFonts } from '../../../src/main/core/fonts'
import { isArabicScript } from '../../../src/shared/packet/layout/bidi'
import { MainFont } from '../../../src/shared/packet/layout/style-face'

describe('packet fonts', () => {
  it('come from resources/fonts, with their licences', async () => {
    const dir = fontsDirectory()
    expect(dir.replace(/\\/g, '/')).toMatch(/\/resources\/fonts$/)
    expect(existsSync(join(dir, 'LICENSE-DejaVu.txt'))).toBe(true)
    expect(readFileSync(join(dir, 'LICENSE-NotoNaskhArabic.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    )
    const fonts = await loadPacketFonts()
    for (const family of ['sans', 'naskh'] as const) {
      for (const style of ['regular', 'bold'] as const) {
        const bytes = fonts[family][style]
        // A TrueType font: version 1.0 in the first four bytes.
        expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0])
        const file = readFileSync(join(dir, FONT_FILES[family][style]))
        expect(Buffer.from(bytes).equals(file)).toBe(true)
      }
    }
    // Small enough to ship: one regular and one bold Naskh, about 200 KB each.
    expect(fonts.naskh.regular.byteLength + fonts.naskh.bold.byteLength).toBeLessThan(450_000)
    // Read once: the same bytes for every packet (the engine caches the parsed fonts by them).
    expect(await loadPacketFonts()).toBe(fonts)
  })

  it('say which file is missing when a folder lacks them', async () => {
    await expect(loadPacketFonts(join(fontsDirectory(), 'nowhere'))).rejects.toThrow(/DejaVuSans/)
  })

  it('give every character of the main font the cmap glyph and advance that shaping gives it', async () => {
    // The main font is drawn a character at a time with the glyph its cmap names (style-face.ts):
    // right only if fontkit's shaping, with every feature of the font, gives each character the
    // same glyph and advance.
    const fonts = await loadPacketFonts()
    for (const style of ['regular', 'bold'] as const) {
      const font = fontkit.create(fonts.sans[style])
      const main = new MainFont(font)
      const differ: string[] = []
      // What the font has, as its cmap lists it.
      const listed = new Set(font.characterSet)
      for (let point = 0; point < 0x10000; point++) {
        if (main.has(point) !== listed.has(point)) differ.push(`has ${point.toString(16)}`)
      }
      for (const point of font.characterSet) {
        // Arabic script is drawn by Noto Naskh, shaped (arabic-face.ts).
        if (isArabicScript(point)) continue
        const char = String.fromCodePoint(point)
        let shaped: { glyphs: { id: number }[]; positions: { xAdvance: number }[] }
        try {
          shaped = font.layout(char)
        } catch {
          // fontkit's shapers for some scripts DejaVu has a few letters of (Lao, Mongolian…)
          // throw: no packet text is in them.
          continue
        }
        // Drawn by shaping: the glyph and how far it moves the pen (a variation selector is
        // dropped: nothing drawn, no advance, as the space glyph with none draws).
        const drawn = shaped.glyphs.map((g, i) => [g.id, shaped.positions[i]!.xAdvance])
        const { id, width } = main.glyph(point)
        const ours = [id, width * font.unitsPerEm]
        const same =
          drawn.length === 0
            ? width === 0 && id === font.glyphForCodePoint(0x20).id
            : JSON.stringify(drawn) === JSON.stringify([ours])
        if (!same) differ.push(point.toString(16))
      }
      expect(differ, `${style}: characters shaping draws otherwise`).toEqual([])
    }
  })

  it('name themselves only in encodings the built fontkit keeps (no CJK code page)', async () => {
    // scripts/vite/fontkit-lazy-data.ts leaves iconv-lite's Chinese, Japanese and Korean tables
    // out of the builds: right only while every name record of the packet fonts is Unicode
    // (platform 0, or 3 with encoding 1 or 10) or Mac Roman (platform 1, encoding 0).
    const fonts = await loadPacketFonts()
    for (const family of ['sans', 'naskh'] as const) {
      for (const style of ['regular', 'bold'] as const) {
        const encodings = nameRecordEncodings(fonts[family][style])
        expect(encodings.length, `${family} ${style}`).toBeGreaterThan(0)
        const other = encodings.filter(
          ([platform, encoding]) =>
            !(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) &&
            !(platform === 1 && encoding === 0),
        )
        expect(other, `${family} ${style}`).toEqual([])
      }
    }
  })
})

/** (platformID, encodingID) of each record of a TrueType font's name table. */
function nameRecordEncodings(bytes: Uint8Array): [number, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tables = view.getUint16(4)
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16
    if (String.fromCharCode(...bytes.subarray(entry, entry + 4)) !== 'name') continue
    const name = view.getUint32(entry + 8)
    const count = view.getUint16(name + 2)
    return Array.from({ length: count }, (_, r) => {
      const record = name + 6 + r * 12
      return [view.getUint16(record), view.getUint16(record + 2)]
    })
  }
  return []
}
