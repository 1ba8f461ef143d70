/** Reading built packet content in tests: boxes, tables and all printed text of a document. */
import type { Block, Box, BoxGrid, PacketDocument, Table } from '../../../src/shared/packet/content'
import type { JsonObject } from '../../../src/shared/json'
import { sampleText } from '../samples'

export function sample(name: string): JsonObject {
  return JSON.parse(sampleText(name)) as JsonObject
}

export function grids(doc: PacketDocument): BoxGrid[] {
  const own = doc.blocks.filter((b): b is BoxGrid => b.kind === 'boxes')
  if (!doc.items) return own
  return [...own, ...doc.items.grids, doc.items.sheetHeader]
}

export function boxes(doc: PacketDocument): Box[] {
  return grids(doc).flatMap((g) => g.boxes)
}

export function tables(doc: PacketDocument): Table[] {
  return doc.blocks.filter((b): b is Table => b.kind === 'table')
}

/** The first box with this number in the document's own blocks (not the item grids). */
export function headerBox(doc: PacketDocument, number: string, gridTitle?: string): Box {
  const found = doc.blocks
    .filter(
      (b): b is BoxGrid => b.kind === 'boxes' && (gridTitle === undefined || b.title === gridTitle),
    )
    .flatMap((g) => g.boxes)
    .find((b) => b.number === number)
  if (!found) throw new Error(`no box ${number} in ${doc.id}`)
  return found
}

export function boxByLabel(doc: PacketDocument, label: string): Box {
  const found = boxes(doc).find((b) => b.label === label)
  if (!found) throw new Error(`no box "${label}" in ${doc.id}`)
  return found
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'boxes':
      return block.boxes.flatMap((b) => [b.number, b.label, b.labelSecondary ?? '', b.value])
    case 'table':
      return [
        block.title ?? '',
        ...block.columns.map((c) => c.label),
        ...block.rows.flat(),
        ...(block.totals ?? []),
      ]
    case 'text':
      return [block.text]
    case 'barcode':
      return [block.caption ?? '']
  }
}

/** Everything the document prints as text (barcode data excluded). */
export function printedText(doc: PacketDocument): string {
  const blocks: Block[] = [...doc.blocks]
  if (doc.items) blocks.push(...doc.items.grids, doc.items.sheetHeader)
  return [doc.title, doc.stamp ?? '', ...blocks.flatMap(blockText)].join('\n')
}

export function byId(docs: PacketDocument[], id: PacketDocument['id']): PacketDocument {
  const doc = docs.find((d) => d.id === id)
  if (!doc) throw new Error(`no ${id} document`)
  return doc
}
