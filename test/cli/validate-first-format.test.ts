/**
 * `transitdesk validate` on declarations of the first format (written before the corridor rules):
 * read as before, and judged by the corridor's rules as a real officer would.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RenderedReport } from '../../src/shared/validation/report'
import { expectReportShape, REPO_ROOT, runMain, TIMEOUT, TODAY } from './helpers'

const firstFormat = (name: string) => join(REPO_ROOT, 'test/fixtures/first-format', name)

const CASES = [
  // the TIR Carnet listed as N955, the ATA carnet's code: a warning
  ['tir-almaty-karachi.json', 0, [], ['documents.ata-carnet /documents/3/type']],
  // unpacked tractors without a count (NCTS C0060), a rail movement without its carrier
  [
    'eaeu-minsk-almaty.json',
    1,
    ['package.count-required /consignments/0/items/0/packages/0/count'],
    ['carrier.required /carrier'],
  ],
  // national transit ending in Kabul instead of at Pakistan's exit office
  [
    'national-karachi-kabul.json',
    1,
    ['office.destination-country /officeOfDestination/country'],
    ['carrier.required /carrier', 'incoterm.containerised /invoice/incoterm/rule'],
  ],
] as const

describe('transitdesk validate: declarations of the first format', { timeout: TIMEOUT }, () => {
  it.each(CASES)(
    '%s: exit %i, with the findings the corridor rules give',
    async (name, exit, errors, warnings) => {
      const run = await runMain(['validate', firstFormat(name), '--json', '--today', TODAY])
      expect(run.stderr).toBe('')
      expect(run.status).toBe(exit)
      const report = JSON.parse(run.stdout) as RenderedReport
      expectReportShape(report)
      const found = (list: RenderedReport['errors']) => list.map((f) => `${f.rule} ${f.path}`)
      expect(found(report.errors)).toEqual(errors)
      expect(found(report.warnings)).toEqual(warnings)
    },
  )
})
