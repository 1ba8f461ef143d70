/**
 * Barcodes as vector rectangles: bwip-js encodes (its `raw` output: Code 128 bar/space widths,
 * the QR module matrix), this module turns that into filled rectangles — no canvas, no image.
 */
import bwipjs from 'bwip-js/browser'

/** Code 128: bar positions and widths in modules, and the symbol's width in modules. */
export interface LinearCode {
  bars: { start: number; width: number }[]
  modules: number
}

/** QR: the dark modules as horizontal runs, in a `size` × `size` matrix. */
export interface MatrixCode {
  runs: { row: number; start: number; length: number }[]
  size: number
}

/** The TAD draws the same small barcode on every page: encode each text once. */
const recentCodes = new Map<string, LinearCode>()

export function code128(data: string): LinearCode {
  let code = recentCodes.get(data)
  if (code === undefined) {
    code = encodeCode128(data)
    if (recentCodes.size >= 16) recentCodes.clear()
    recentCodes.set(data, code)
  }
  return code
}

function encodeCode128(data: string): LinearCode {
  // References are printable ASCII; anything else would be encoded in a way scanners differ on.
  if (!/^[\u0020-\u007E]+$/.test(data))
    throw new RangeError('Code 128 carries printable ASCII only')
  const [symbol] = bwipjs.raw({ bcid: 'code128', text: data }) as { sbs: number[] }[]
  if (symbol === undefined || !Array.isArray(symbol.sbs)) throw new Error('no Code 128 symbol')
  const bars: LinearCode['bars'] = []
  let position = 0
  symbol.sbs.forEach((width, index) => {
    // bar, space, bar, space …
    if (index % 2 === 0) bars.push({ start: position, width })
    position += width
  })
  return { bars, modules: position }
}

export function qrCode(data: string): MatrixCode {
  const [symbol] = bwipjs.raw({ bcid: 'qrcode', text: utf8Binary(data) }) as {
    pixs: number[]
    pixx: number
    pixy: number
  }[]
  if (symbol === undefined || !Array.isArray(symbol.pixs)) throw new Error('no QR symbol')
  const runs: MatrixCode['runs'] = []
  for (let row = 0; row < symbol.pixy; row++) {
    let start = -1
    for (let col = 0; col <= symbol.pixx; col++) {
      const dark = col < symbol.pixx && symbol.pixs[row * symbol.pixx + col] === 1
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        runs.push({ row, start, length: col - start })
        start = -1
      }
    }
  }
  return { runs, size: symbol.pixx }
}

/** bwip-js encodes one byte per character: give it the UTF-8 bytes of non-ASCII text. */
function utf8Binary(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) out += char
    else if (code < 0x800) out += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) {
      out += String.fromCharCode(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    } else {
      out += String.fromCharCode(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      )
    }
  }
  return out
}
