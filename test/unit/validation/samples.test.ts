/**
 * The shared samples give exactly what expected.json says (the command line's tests check the
 * exit codes; this checks the validator itself).
 */
import { describe, expect, it } from 'vitest'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { expected, readableSamples, sampleText } from '../samples'
import { english } from '../../../src/main/core/translator'
import { renderFinding } from '../../../src/shared/validation/finding-text'
import { expectWellFormed, message, SAMPLE_TODAY } from './helpers'

const paths = (findings: { path: string }[]) => findings.map((f) => f.path).sort()

describe('shared samples', () => {
  it.each(readableSamples)('%s gives the errors and warnings of expected.json', (name) => {
    const outcome = expected[name]!
    const report = validateDeclaration(JSON.parse(sampleText(name)), { today: SAMPLE_TODAY })
    expectWellFormed(report)
    expect(paths(report.errors)).toEqual([...(outcome.errors ?? [])].sort())
    expect(report.valid).toBe(outcome.exit === 0)
    // Valid samples: exactly the listed warnings; bad ones may inherit their base's warnings.
    if (outcome.exit === 0 || outcome.warnings) {
      expect(paths(report.warnings)).toEqual([...(outcome.warnings ?? [])].sort())
    }
  })

  it('names the faulty value in the bad samples’ messages', () => {
    const first = (name: string) =>
      validateDeclaration(JSON.parse(sampleText(name)), { today: SAMPLE_TODAY }).errors[0]!
    expect(renderFinding(first('bad-container-check.json'), english)).toEqual({
      rule: 'container.check-digit',
      path: '/consignments/0/items/0/containers/0',
      message: 'Container MSKU1234566: check digit should be 5.',
      box: '31',
    })
    expect(message(first('bad-holder-bin.json'))).toBe(
      'BIN "050140001239" of the holder: the check digit (the last one) should be 8.',
    )
    expect(message(first('bad-hs-code.json'))).toContain('843399')
    expect(message(first('bad-net-over-gross.json'))).toMatch(/6200 kg.*6150 kg/)
    expect(message(first('bad-routing-end.json'))).toMatch(/AF.*PK/)
  })

  it('carries the values of its sentence, not the sentence', () => {
    const finding = validateDeclaration(JSON.parse(sampleText('bad-container-check.json')), {
      today: SAMPLE_TODAY,
    }).errors[0]!
    expect(finding).toEqual({
      rule: 'container.check-digit',
      path: '/consignments/0/items/0/containers/0',
      params: { container: 'MSKU1234566', expected: '5', item: 1 },
      box: '31',
    })
  })

  // national-karachi-kabul (and bad-container-check, made from it) are dated 2026-02-06: on
  // 2026-02-04 they are declarations from the future, and that is their only extra error.
  it.each(readableSamples)('%s on 2026-02-04: expected.json plus a future date', (name) => {
    const declaration = JSON.parse(sampleText(name))
    const report = validateDeclaration(declaration, { today: '2026-02-04' })
    const future = declaration.declarationDate > '2026-02-04' ? ['/declarationDate'] : []
    expect(paths(report.errors)).toEqual([...(expected[name]!.errors ?? []), ...future].sort())
  })
})
