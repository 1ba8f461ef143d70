/** The app's own copy of the packet fonts (resources/fonts), read by the Node loader. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FONT_FILES, fontsDirectory, loadPacketFonts } from '../../../src/main/core/fonts'

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
})
