/**
 * A stand-in for Electron's unpacked distribution (what electron-builder's `electronDist` points
 * at), so the packaging test runs here, where Electron's binary cannot be downloaded. It has
 * what electron-builder reads and changes: an `electron` executable carrying the fuse wire
 * behind its sentinel, `version`, Electron's licence and Chromium's locale packs (more than the
 * app speaks, to see them pruned). Like any custom distribution it comes without Electron's
 * default app, which electron-builder removes only from the zip it downloads itself.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** @electron/fuses finds the wire right after this string in the binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * Electron's own defaults, one byte per fuse in @electron/fuses' order ('1' on, '0' off): Node
 * mode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, load only
 * from asar off, browser V8 snapshot off, file:// extra privileges on.
 */
export const ELECTRON_DEFAULT_FUSES = '10110001'

export const STAND_IN_LOCALES = ['en-US', 'ru', 'kk', 'ur', 'de', 'fr', 'zh-CN', 'am']

export function writeStandInElectronDist(directory: string, electronVersion: string): void {
  mkdirSync(join(directory, 'locales'), { recursive: true })
  mkdirSync(join(directory, 'resources'), { recursive: true })
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "A stand-in for Electron: it cannot run." >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), // wire version 1, then its length
    Buffer.from(ELECTRON_DEFAULT_FUSES),
    Buffer.from('\n'),
  ])
  writeFileSync(join(directory, 'electron'), binary)
  chmodSync(join(directory, 'electron'), 0o755)
  writeFileSync(join(directory, 'version'), `v${electronVersion}`)
  writeFileSync(join(directory, 'LICENSE'), 'Electron licence')
  for (const locale of STAND_IN_LOCALES) {
    writeFileSync(join(directory, 'locales', `${locale}.pak`), `strings for ${locale}`)
  }
}
