/** The app's own copy of the packet fonts (resources/fonts), read by the Node loader. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fontkit, { type TypeFeatures } from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { FONT_FILES, fontsDirectory, loadPacketFonts } from '../../../src/main/core/fonts'
import { unshaped } from '../../../src/shared/packet/layout/pdf-adapter'

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

  it('give every character of the main font the same glyph and advance unshaped as shaped', async () => {
    const fonts = await loadPacketFonts()
    for (const style of ['regular', 'bold'] as const) {
      const font = fontkit.create(fonts.sans[style])
      const off = unshaped(font)
      expect(Object.keys(off).length).toBeGreaterThan(0)
      const differ: string[] = []
      // fontkit's shapers for some scripts DejaVu has a few letters of (Lao, Mongolian…) throw:
      // the same either way.
      const glyphs = (char: string, features?: TypeFeatures) => {
        try {
          return JSON.stringify(
            font.layout(char, features).glyphs.map((g) => [g.id, g.advanceWidth]),
          )
        } catch (error) {
          return String(error)
        }
      }
      for (const point of font.characterSet) {
        const char = String.fromCodePoint(point)
        if (glyphs(char) !== glyphs(char, off)) differ.push(point.toString(16))
      }
      expect(differ, `${style}: characters drawn otherwise unshaped`).toEqual([])
    }
  })
})
