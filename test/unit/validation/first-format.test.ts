/**
 * Declarations written before the corridor rules (the first release's samples): they read as
 * before, and the corridor rules now say what a real officer would say of them.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { allFindings, expectWellFormed, SAMPLE_TODAY } from './helpers'

const firstFormat = (name: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/first-format', name), 'utf8'),
  )

const findings = (name: string) => {
  const report = validateDeclaration(firstFormat(name), { today: SAMPLE_TODAY })
  expectWellFormed(report)
  return allFindings(report).map((f) => `${f.rule} ${f.path}`)
}

describe('declarations of the first format under the corridor rules', () => {
  it('TIR: the carnet listed as N955 is pointed out as the ATA carnet code', () => {
    expect(findings('tir-almaty-karachi.json')).toEqual(['documents.ata-carnet /documents/3/type'])
  })

  it('EAEU: unpacked tractors without a count are not counted goods (NCTS C0060)', () => {
    expect(findings('eaeu-minsk-almaty.json')).toEqual([
      'package.count-required /consignments/0/items/0/packages/0/count',
      'carrier.required /carrier',
    ])
  })

  it('national transit ending in Kabul: it ends at the exit office in Pakistan', () => {
    expect(findings('national-karachi-kabul.json')).toEqual([
      'office.destination-country /officeOfDestination/country',
      'carrier.required /carrier',
      'incoterm.containerised /invoice/incoterm/rule',
    ])
  })
})
