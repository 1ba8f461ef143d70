/**
 * Helpers for the layout engine's tests: hand-made documents, the fonts, and the PDF read back
 * with poppler (`pdftotext -bbox-layout` for word positions, `pdftoppm` + `zbarimg` for the
 * barcodes), so the tests see what a reader or a scanner sees.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadPacketFonts } from '../../../src/main/core/fonts'
import type { Box, BoxGrid, PacketDocument } from '../../../src/shared/packet/content'
import {
  PAGE_HEIGHT,
  PAGE_WIDTH,
  layoutPacket,
  renderPacket,
  type Frame,
  type LaidOutPage,
  type RenderPacketOptions,
} from '../../../src/shared/packet/layout'

export const GENERATED_AT = '2026-02-04T10:00:00Z'
export const LRN = 'KZ-ALA-2026-0117'
export const fonts = await loadPacketFonts()

export function options(more: Partial<RenderPacketOptions> = {}): RenderPacketOptions {
  return { documents: [], generatedAt: GENERATED_AT, draft: false, lrn: LRN, fonts, ...more }
}

export const box = (number: string, label: string, value: string, span?: number): Box =>
  span === undefined ? { number, label, value } : { number, label, value, span }

export const grid = (columns: number, boxes: Box[], title?: string): BoxGrid =>
  title === undefined ? { kind: 'boxes', columns, boxes } : { kind: 'boxes', columns, boxes, title }

export function doc(
  id: PacketDocument['id'],
  title: string,
  blocks: PacketDocument['blocks'],
  more: Partial<PacketDocument> = {},
): PacketDocument {
  return { id, title, blocks, ...more }
}

const dir = mkdtempSync(join(tmpdir(), 'transitdesk-layout-'))
let files = 0

/** Renders, writes the PDF to a temp file and lays the same packet out (frames included). */
export async function rendered(
  documents: PacketDocument[],
  more: Partial<RenderPacketOptions> = {},
) {
  const pdf = await renderPacket(documents, options(more))
  const pages = await layoutPacket(documents, options(more))
  const file = join(dir, `packet-${++files}.pdf`)
  writeFileSync(file, pdf)
  return { pdf, pages, file }
}

export interface Word {
  text: string
  /** PDF coordinates: origin bottom left */
  x0: number
  y0: number
  x1: number
  y1: number
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** Every word of every page with its box, as `pdftotext -bbox-layout` finds them. */
export function pdfWords(file: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const pages: Word[][] = []
  for (const page of xml.split('<page ').slice(1)) {
    const height = Number(/height="([0-9.]+)"/.exec(page)![1])
    const words: Word[] = []
    for (const m of page.matchAll(
      /<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        text: unescape(m[5]!),
        x0: Number(m[1]),
        x1: Number(m[3]),
        y0: height - Number(m[4]),
        y1: height - Number(m[2]),
      })
    }
    pages.push(words)
  }
  return pages
}

/** The text of each page (`pdftotext`, reading order; `raw` for content-stream order). */
export function pdfPages(file: string, mode: 'plain' | 'raw' | 'layout' = 'plain'): string[] {
  const args = mode === 'plain' ? [] : [`-${mode}`]
  const text = execFileSync('pdftotext', [...args, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return text.split('\f').slice(0, -1)
}

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.min(a1, b1) - Math.max(a0, b0)

/**
 * Words that leave their box: a word that overlaps a frame (box or table cell) must lie
 * entirely inside it, within `tolerance` points.
 */
export function wordsOutsideFrames(
  pages: readonly LaidOutPage[],
  words: readonly Word[][],
  tolerance = 0.25,
): string[] {
  const problems: string[] = []
  pages.forEach((page, index) => {
    for (const word of words[index] ?? []) {
      for (const frame of page.frames) {
        const { x, y, width, height } = frame.rect
        const across = overlap(word.x0, word.x1, x, x + width) > 0.3
        const down = overlap(word.y0, word.y1, y, y + height) > 0.3
        if (!across || !down) continue
        const inside =
          word.x0 >= x - tolerance &&
          word.x1 <= x + width + tolerance &&
          word.y0 >= y - tolerance &&
          word.y1 <= y + height + tolerance
        if (!inside) problems.push(`page ${index + 1}: "${word.text}" leaves ${describe(frame)}`)
      }
    }
  })
  return problems
}

const describe = (frame: Frame) =>
  `${frame.kind} ${frame.number} ${frame.label} [${frame.rect.x.toFixed(1)}, ${frame.rect.y.toFixed(1)}, ${frame.rect.width.toFixed(1)} × ${frame.rect.height.toFixed(1)}]`

/** Words whose box lies inside `frame` (on its page). */
export function wordsIn(words: readonly Word[], frame: Frame): Word[] {
  const { x, y, width, height } = frame.rect
  return words.filter(
    (w) =>
      w.x0 >= x - 0.25 && w.x1 <= x + width + 0.25 && w.y0 >= y - 0.25 && w.y1 <= y + height + 0.25,
  )
}

/**
 * The barcodes zbarimg reads on each page, rasterised at 150 dpi: "CODE-128:…", "QR-Code:…".
 * zbar reports two symbols with the same data once: `footer` reads only the bottom 30 mm of
 * the page (the TAD's small page barcode).
 */
export function barcodes(
  file: string,
  options: { page?: number; footer?: boolean } = {},
): string[][] {
  const out = mkdtempSync(join(dir, 'png-'))
  const range =
    options.page === undefined ? [] : ['-f', String(options.page), '-l', String(options.page)]
  const dpi = 150
  const px = (points: number) => Math.round((points / 72) * dpi)
  const crop = options.footer
    ? [
        '-x',
        '0',
        '-y',
        String(px(PAGE_HEIGHT - 85)),
        '-W',
        String(px(PAGE_WIDTH)),
        '-H',
        String(px(85)),
      ]
    : []
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', ...range, ...crop, file, join(out, 'p')])
  return readdirSync(out)
    .sort()
    .map((png) => {
      const run = spawnSync('zbarimg', ['-q', join(out, png)], { encoding: 'utf8' })
      return run.stdout === '' ? [] : run.stdout.trimEnd().split('\n')
    })
}
