/**
 * The committed icons (scripts/build-icons.ts) read back as the installers will read them: every
 * PNG of the size its name says, the .ico's directory and the .icns's entries pointing at PNGs of
 * the sizes they claim, and what electron-builder.yml names actually there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import { parse as parseYaml } from 'yaml'
import { ICNS_TYPES, ICO_SIZES } from '../../scripts/icon-files'

const BUILD = resolve('build')
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from a PNG's IHDR chunk; throws for anything that is not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number; colourType: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR')
  return { width: view.getUint32(16), height: view.getUint32(20), colourType: bytes[25]! }
}

const read = (path: string) => new Uint8Array(readFileSync(resolve(BUILD, path)))

describe('the icons', () => {
  it('has a PNG of every size for Linux, with an alpha channel, each the size its name says', () => {
    const names = readdirSync(resolve(BUILD, 'icons')).sort()
    const sizes = names
      .map((name) => Number(/^(\d+)x\1\.png$/.exec(name)?.[1]))
      .sort((a, b) => a - b)
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
    for (const size of sizes) {
      const png = pngSize(read(`icons/${size}x${size}.png`))
      expect(png).toMatchObject({ width: size, height: size })
      expect(png.colourType).toBe(6) // RGBA: rounded corners are transparent
    }
    expect(pngSize(read('icon.png'))).toMatchObject({ width: 1024, height: 1024 })
  })

  it('has a Windows .ico whose directory points at PNGs of 16 to 256 pixels', () => {
    const ico = read('icon.ico')
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength)
    expect(view.getUint16(0, true)).toBe(0)
    expect(view.getUint16(2, true)).toBe(1)
    const count = view.getUint16(4, true)
    const found: number[] = []
    let end = 6 + 16 * count
    for (let index = 0; index < count; index++) {
      const entry = 6 + 16 * index
      const size = view.getUint8(entry) || 256
      const length = view.getUint32(entry + 8, true)
      const offset = view.getUint32(entry + 12, true)
      expect(offset).toBe(end)
      expect(pngSize(ico.subarray(offset, offset + length))).toMatchObject({
        width: size,
        height: size,
      })
      found.push(size)
      end = offset + length
    }
    expect(end).toBe(ico.length)
    expect(found).toEqual([...ICO_SIZES])
  })

  it('has a macOS .icns with every entry from 16 to 1024 pixels (and @2x), each a PNG', () => {
    const icns = read('icon.icns')
    const view = new DataView(icns.buffer, icns.byteOffset, icns.byteLength)
    expect(new TextDecoder().decode(icns.subarray(0, 4))).toBe('icns')
    expect(view.getUint32(4)).toBe(icns.length)
    const entries = new Map<string, number>()
    for (let offset = 8; offset < icns.length;) {
      const type = new TextDecoder().decode(icns.subarray(offset, offset + 4))
      const length = view.getUint32(offset + 4)
      expect(length).toBeGreaterThan(8)
      const { width, height } = pngSize(icns.subarray(offset + 8, offset + length))
      expect(width).toBe(height)
      entries.set(type, width)
      offset += length
    }
    expect(entries).toEqual(new Map(ICNS_TYPES))
  })

  it('is drawn within Apple’s grid for macOS (a transparent margin) and full-bleed elsewhere', () => {
    const icns = Buffer.from(read('icon.icns'))
    const at = icns.indexOf('ic10')
    const mac = PNG.sync.read(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))
    const square = PNG.sync.read(Buffer.from(read('icon.png')))
    const alpha = (png: PNG, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3]!
    // The middle of the left edge: inside the rounded square on Windows and Linux, in the
    // margin of Apple's grid (824 of 1024 pixels drawn) on macOS.
    expect(alpha(square, 2, 512)).toBe(255)
    expect(alpha(mac, 2, 512)).toBe(0)
    expect(alpha(mac, 100, 512)).toBe(255)
    // The corners are rounded, so transparent, everywhere.
    expect(alpha(square, 0, 0)).toBe(0)
  })

  it('is what electron-builder.yml names, drawn from the committed drawings', () => {
    const config = parseYaml(readFileSync('electron-builder.yml', 'utf8'))
    expect(existsSync(resolve(config.win.icon))).toBe(true)
    expect(existsSync(resolve(config.mac.icon))).toBe(true)
    expect(readdirSync(resolve(config.linux.icon)).length).toBeGreaterThan(0)
    for (const drawing of ['icon.svg', 'icon-small.svg']) {
      expect(readFileSync(resolve(BUILD, drawing), 'utf8')).toMatch(/^<svg /)
    }
  })
})
