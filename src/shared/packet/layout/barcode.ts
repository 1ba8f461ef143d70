/**
 * Barcodes as vector rectangles: the encoders give the symbol's modules (Code 128 as a string
 * of bar and space modules, QR as the module matrix), this module turns them into bars and
 * runs that the page fills — no canvas, no image.
 *
 * Encoders (issue 20: bwip-js, which both symbols came from before, cost the command line's
 * packet ~40 ms and ~11 MB — its 1.1 MB of every symbology compiled, and PostScript emulation
 * to encode): Code 128 by JsBarcode's encoder (the automatic choice of code sets
 * A, B and C of ISO/IEC 15417), QR by uqr (Nayuki's encoder: the smallest version for error
 * correction level M, the mask of lowest penalty, ISO/IEC 18004). The packet tests read both
 * back with zbarimg.
 */
import { CODE128 } from 'jsbarcode/bin/barcodes/CODE128/index.js'
import { encode as encodeQr } from 'uqr'

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
  // "1" a bar module, "0" a space module: start, data, check character and stop.
  const modules = new CODE128(data, {}).encode().data
  const bars = runsOf(modules, (module) => module === '1').map(({ start, length }) => ({
    start,
    width: length,
  }))
  return { bars, modules: modules.length }
}

export function qrCode(data: string): MatrixCode {
  // No quiet zone in the matrix: the page leaves its own around the symbol.
  const symbol = encodeQr(data, { ecc: 'M', border: 0 })
  const runs: MatrixCode['runs'] = []
  symbol.data.forEach((row, index) => {
    for (const run of runsOf(row, (dark) => dark)) runs.push({ row: index, ...run })
  })
  return { runs, size: symbol.size }
}

/** The runs of modules `dark` says yes to, as start and length in modules. */
function runsOf<T>(
  modules: ArrayLike<T>,
  dark: (module: T) => boolean,
): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = []
  let start = -1
  for (let index = 0; index <= modules.length; index++) {
    const on = index < modules.length && dark(modules[index]!)
    if (on && start < 0) start = index
    if (!on && start >= 0) {
      runs.push({ start, length: index - start })
      start = -1
    }
  }
  return runs
}
