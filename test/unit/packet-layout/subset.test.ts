/**
 * The Arabic font's subset (ttf-subset.ts): every glyph comes through intact (fontkit alone
 * shifts glyphs after one of odd length), and a moved copy draws its glyph moved.
 */
import fontkit from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { ttfSubset } from '../../../src/shared/packet/layout/ttf-subset'
import { fonts } from './helpers'

type Command = { command: string; args: number[] }
const commands = (font: ReturnType<typeof fontkit.create>, id: number): Command[] =>
  (font.getGlyph(id).path as unknown as { commands: Command[] }).commands

describe('the Arabic font subset', () => {
  const font = fontkit.create(fonts.naskh.regular)

  it('keeps every glyph of a large subset as the font has it', async () => {
    const glyphs = Array.from({ length: 400 }, (_, i) => ({ id: i + 1, dx: 0, dy: 0 }))
    const { bytes, ids } = await ttfSubset(font, glyphs)
    const subset = fontkit.create(bytes)
    glyphs.forEach((glyph, index) => {
      expect(commands(subset, ids[index]!)).toEqual(commands(font, glyph.id))
    })
  })

  it('draws a moved copy as its glyph moved, and shares one copy per glyph and offset', async () => {
    const dot = font.glyphForCodePoint(0x0628).id // beh's body; any glyph will do
    const glyphs = [
      { id: dot, dx: 0, dy: 0 },
      { id: dot, dx: 37, dy: -120 },
      { id: dot, dx: 37, dy: -120 },
    ]
    const { bytes, ids } = await ttfSubset(font, glyphs)
    expect(ids[1]).toBe(ids[2])
    expect(ids[1]).not.toBe(ids[0])
    const subset = fontkit.create(bytes)
    const moved = commands(subset, ids[1]!).map(({ command, args }) => ({
      command,
      args: args.map((v, i) => (i % 2 === 0 ? v - 37 : v + 120)),
    }))
    expect(moved).toEqual(commands(font, dot))
  })
})
