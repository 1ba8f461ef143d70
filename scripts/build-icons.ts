/**
 * Draws the app's icons from build/icon.svg (and build/icon-small.svg for 16–32 px, where the
 * large drawing's detail would blur) in Chromium, and writes what the installers take:
 *
 *   build/icons/<n>x<n>.png   every size, for Linux (electron-builder's `linux.icon` folder)
 *   build/icon.png            1024 px, the master raster
 *   build/icon.ico            Windows: 16–256 px, PNG entries
 *   build/icon.icns           macOS: 16–1024 px, drawn inside Apple's icon grid (a margin of
 *                             about 10 %, as macOS icons have), PNG entries
 *
 *   npx tsx scripts/build-icons.ts
 *
 * Run it again after changing either drawing, and commit what it writes; a unit test reads the
 * results back (test/unit/icons.test.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser-config'
import { icnsFile, icoFile, ICNS_TYPES, ICO_SIZES } from './icon-files'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BUILD = resolve(ROOT, 'build')

/** The PNG sizes written for Linux; the .ico and .icns take theirs from these renderings. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const
/** Up to this size the simplified drawing is used. */
const SMALL_UP_TO = 32
/** Apple's grid: the artwork fills 824 of 1024 pixels (macOS app icon template). */
const MAC_ARTWORK_SHARE = 824 / 1024

async function render(page: Page, svg: string, size: number, share = 1): Promise<Uint8Array> {
  const art = Math.round(size * share)
  const margin = (size - art) / 2
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">
      <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"
        style="position:absolute;left:${margin}px;top:${margin}px;width:${art}px;height:${art}px">
    </body></html>`,
  )
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode())
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
}

async function main(): Promise<void> {
  const large = readFileSync(resolve(BUILD, 'icon.svg'), 'utf8')
  const small = readFileSync(resolve(BUILD, 'icon-small.svg'), 'utf8')
  const drawingFor = (size: number) => (size <= SMALL_UP_TO ? small : large)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    const square = new Map<number, Uint8Array>()
    for (const size of PNG_SIZES) square.set(size, await render(page, drawingFor(size), size))
    const mac = new Map<number, Uint8Array>()
    for (const size of new Set(ICNS_TYPES.map(([, s]) => s))) {
      mac.set(size, await render(page, drawingFor(size), size, MAC_ARTWORK_SHARE))
    }

    mkdirSync(resolve(BUILD, 'icons'), { recursive: true })
    for (const [size, png] of square)
      writeFileSync(resolve(BUILD, `icons/${size}x${size}.png`), png)
    writeFileSync(resolve(BUILD, 'icon.png'), square.get(1024)!)
    writeFileSync(
      resolve(BUILD, 'icon.ico'),
      icoFile(ICO_SIZES.map((size) => ({ size, png: square.get(size)! }))),
    )
    writeFileSync(resolve(BUILD, 'icon.icns'), icnsFile(mac))
  } finally {
    await browser.close()
  }
  console.log(`Icons written to ${BUILD}: ${PNG_SIZES.join(', ')} px, icon.ico, icon.icns.`)
}

await main()
