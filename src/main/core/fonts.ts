/**
 * The packet's fonts for Node (command line, Electron's main process): DejaVu Sans regular and
 * bold, the app's own copies in resources/fonts (licence beside them), read as bytes for the
 * layout engine, which embeds the subset it uses.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

export interface PacketFonts {
  regular: Uint8Array
  bold: Uint8Array
}

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const

/**
 * resources/fonts from the sources (src/main/core, run by tsx) or from the build (out/main):
 * the first that holds the regular font.
 */
export function fontsDirectory(): string {
  const here = import.meta.dirname
  const candidates = [
    resolve(here, '../../../resources/fonts'),
    resolve(here, '../../resources/fonts'),
  ]
  return candidates.find((dir) => existsSync(join(dir, FONT_FILES.regular))) ?? candidates[0]!
}

let cached: Promise<PacketFonts> | undefined

/** Reads both fonts once per process (about 1.4 MB). */
export function loadPacketFonts(directory = fontsDirectory()): Promise<PacketFonts> {
  if (directory !== fontsDirectory()) return readFonts(directory)
  cached ??= readFonts(directory).catch((error: unknown) => {
    cached = undefined
    throw error
  })
  return cached
}

async function readFonts(directory: string): Promise<PacketFonts> {
  const [regular, bold] = await Promise.all([
    readFile(join(directory, FONT_FILES.regular)),
    readFile(join(directory, FONT_FILES.bold)),
  ])
  return { regular, bold }
}
