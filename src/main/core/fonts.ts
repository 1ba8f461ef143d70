/**
 * The packet's fonts for Node (command line, Electron's main process): DejaVu Sans (Latin,
 * Cyrillic) and Noto Naskh Arabic (Urdu, Dari, Pashto), each regular and bold — the app's own
 * copies in resources/fonts (licences beside them), read as bytes for the layout engine, which
 * embeds the subset it uses.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { FontFamily, PdfFonts } from '../../shared/packet/layout/pdf-adapter'

export type PacketFonts = PdfFonts

/** File names by family and style; a new family is one more entry here and in PdfFonts. */
export const FONT_FILES = {
  sans: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  naskh: { regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
} as const satisfies Record<FontFamily, unknown>

/**
 * resources/fonts from the sources (src/main/core, run by tsx) or from the build (out/main,
 * out/cli), or the copy beside the built command line (out/cli/fonts, vite.cli.config.ts): the
 * first that holds the regular font.
 */
export function fontsDirectory(): string {
  const here = import.meta.dirname
  const candidates = [
    resolve(here, '../../../resources/fonts'),
    resolve(here, '../../resources/fonts'),
    resolve(here, 'fonts'),
  ]
  return candidates.find((dir) => existsSync(join(dir, FONT_FILES.sans.regular))) ?? candidates[0]!
}

let cached: Promise<PacketFonts> | undefined

/** Reads the four fonts once per process (about 1.9 MB). */
export function loadPacketFonts(directory = fontsDirectory()): Promise<PacketFonts> {
  if (directory !== fontsDirectory()) return readFonts(directory)
  cached ??= readFonts(directory).catch((error: unknown) => {
    cached = undefined
    throw error
  })
  return cached
}

async function readFonts(directory: string): Promise<PacketFonts> {
  const read = (file: string) => readFile(join(directory, file))
  const results = await Promise.allSettled([
    read(FONT_FILES.sans.regular),
    read(FONT_FILES.sans.bold),
    read(FONT_FILES.naskh.regular),
    read(FONT_FILES.naskh.bold),
  ])
  // Read side by side, reported in a fixed order: the same missing folder gives the same message.
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
  const [sansRegular, sansBold, naskhRegular, naskhBold] = results.map((r) =>
    r.status === 'fulfilled' ? r.value : new Uint8Array(),
  ) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array]
  return {
    sans: { regular: sansRegular, bold: sansBold },
    naskh: { regular: naskhRegular, bold: naskhBold },
  }
}
