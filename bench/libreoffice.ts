/**
 * A yardstick for the packet figures: LibreOffice turning a spreadsheet invoice of the same
 * lines into a PDF (`soffice --headless --convert-to pdf`, one document, no layout of ours), as a
 * flat OpenDocument spreadsheet (.fods: plain XML, no zip). Undefined when neither `libreoffice`
 * nor `soffice` is on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { JsonObject } from '../src/shared/json'
import { generateDeclaration } from '../test/fixtures/generate'

export interface LibreOfficeRun {
  ms: number
  pdfBytes: number
}

export function libreOfficeInvoice(lines: number): LibreOfficeRun | undefined {
  const command = ['libreoffice', 'soffice'].find(
    (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0,
  )
  if (command === undefined) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'transitdesk-lo-'))
  try {
    const file = join(dir, `invoice-${lines}.fods`)
    writeFileSync(file, spreadsheet(lines))
    const start = performance.now()
    execFileSync(command, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
      env: { ...process.env, HOME: dir },
    })
    const ms = performance.now() - start
    return { ms, pdfBytes: statSync(file.replace(/\.fods$/, '.pdf')).size }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function spreadsheet(lines: number): string {
  const goods = (generateDeclaration(lines).consignments as JsonObject[])[0]!.items as JsonObject[]
  const cell = (value: string | number) =>
    typeof value === 'number'
      ? `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`
      : `<table:table-cell office:value-type="string"><text:p>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text:p></table:table-cell>`
  const row = (cells: (string | number)[]) =>
    `<table:table-row>${cells.map(cell).join('')}</table:table-row>`
  const rows = [
    row(['No', 'HS code', 'Description', 'Origin', 'Net kg', 'Gross kg', 'Value USD']),
    ...goods.map((item) =>
      row([
        item['sequence'] as number,
        item['hsCode'] as string,
        item['description'] as string,
        item['countryOfOrigin'] as string,
        item['netMass'] as number,
        item['grossMass'] as number,
        (item['value'] as JsonObject)['amount'] as number,
      ]),
    ),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Invoice">${rows.join('\n')}</table:table></office:spreadsheet></office:body></office:document>
`
}
