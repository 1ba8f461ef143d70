/** The app's own copy of the packet fonts (resources/fonts), read by the Node loader. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FONT_FILES, fontsDirectory, loadPacketFonts } from '../../../src/main/core/fonts'

describe('packet fonts', () => {
  it('come from resources/fonts, with their licence', async () => {
    const dir = fontsDirectory()
    expect(dir.replace(/\\/g, '/')).toMatch(/\/resources\/fonts$/)
    expect(existsSync(join(dir, 'LICENSE-DejaVu.txt'))).toBe(true)
    const fonts = await loadPacketFonts()
    for (const style of ['regular', 'bold'] as const) {
      const bytes = fonts[style]
      // A TrueType font: version 1.0 in the first four bytes.
      expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0])
      expect(Buffer.from(bytes).equals(readFileSync(join(dir, FONT_FILES[style])))).toBe(true)
    }
    // Read once: the same bytes for every packet (the engine caches the parsed fonts by them).
    expect(await loadPacketFonts()).toBe(fonts)
  })

  it('say which file is missing when a folder lacks them', async () => {
    await expect(loadPacketFonts(join(fontsDirectory(), 'nowhere'))).rejects.toThrow(/DejaVuSans/)
  })
})
