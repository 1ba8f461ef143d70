/**
 * The two icon containers the installers want, written from PNG renderings. Both may hold PNG
 * data as it is: Windows .ico since Vista, macOS .icns since 10.7.
 */

/** The sizes in the Windows icon (Explorer and the taskbar ask for 16 to 256). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const

/** The .icns entries: type code and pixel size (`ic11`–`ic14` are the @2x ones). */
export const ICNS_TYPES: readonly (readonly [string, number])[] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]

/** An ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNGs (little-endian). */
export function icoFile(images: { size: number; png: Uint8Array }[]): Uint8Array {
  const header = 6 + 16 * images.length
  const out = new Uint8Array(header + images.reduce((sum, { png }) => sum + png.length, 0))
  const view = new DataView(out.buffer)
  view.setUint16(2, 1, true) // type 1: icon
  view.setUint16(4, images.length, true)
  let offset = header
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index
    view.setUint8(entry, size >= 256 ? 0 : size) // 0 means 256
    view.setUint8(entry + 1, size >= 256 ? 0 : size)
    view.setUint16(entry + 4, 1, true) // colour planes
    view.setUint16(entry + 6, 32, true) // bits per pixel
    view.setUint32(entry + 8, png.length, true)
    view.setUint32(entry + 12, offset, true)
    out.set(png, offset)
    offset += png.length
  })
  return out
}

/** 'icns', the file's length, then per entry its type, its length (header included) and PNG. */
export function icnsFile(pngBySize: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size)
    if (!png) throw new Error(`No ${size} px rendering for the icns entry ${type}.`)
    return { type, png }
  })
  const length = 8 + entries.reduce((sum, { png }) => sum + 8 + png.length, 0)
  const out = new Uint8Array(length)
  const view = new DataView(out.buffer)
  const ascii = (text: string, at: number) => out.set(new TextEncoder().encode(text), at)
  ascii('icns', 0)
  view.setUint32(4, length)
  let offset = 8
  for (const { type, png } of entries) {
    ascii(type, offset)
    view.setUint32(offset + 4, 8 + png.length)
    out.set(png, offset + 8)
    offset += 8 + png.length
  }
  return out
}
