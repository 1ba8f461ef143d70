/** Shared fixtures of the validation tests: the sample declarations and report checks. */
import { expect } from 'vitest'
import { cloneJson, type JsonObject } from '../../../src/shared/json'
import type { Finding, ValidationReport } from '../../../src/shared/validation/report'
import { english } from '../../../src/main/core/translator'
import { findingText } from '../../../src/shared/validation/finding-text'
import { RULES } from '../../../src/shared/validation/rules'
import { sampleText } from '../samples'

/** The earliest day on which every valid sample is valid (national-karachi-kabul is dated 2026-02-06). */
export const SAMPLE_TODAY = '2026-02-06'

export type SampleName = 'tir' | 'national' | 'eaeu' | 't1' | 'full'
const FILES: Record<Exclude<SampleName, 'full'>, string> = {
  tir: 'tir-almaty-karachi.json',
  national: 'national-karachi-kabul.json',
  eaeu: 'eaeu-minsk-almaty.json',
  t1: 't1-poti-istanbul.json',
}
const parsed = Object.fromEntries(
  Object.entries(FILES).map(([key, file]) => [key, JSON.parse(sampleText(file)) as JsonObject]),
) as Record<SampleName, JsonObject>

/** The TIR sample with every optional element of the format filled in, and valid. */
parsed.full = {
  ...parsed.tir,
  mrn: '26KZ000000012345J4',
  goodsStatus: 'foreign',
  representative: {
    name: 'Karimov Jasur',
    identification: { scheme: 'UZ-PINFL', value: '31507851234567' },
    contact: { name: 'Jasur', phone: '+998 71 000 00 00', email: 'jasur@example.uz' },
  },
  transport: { ...(parsed.tir.transport as JsonObject), heavyOrBulky: false },
  movement: {
    status: 'released',
    events: [
      { type: 'lodged', at: '2026-02-04T09:00:00Z', by: 'Aigerim' },
      {
        type: 'released',
        at: '2026-02-04T14:30:00+05:00',
        reference: 'KZ510100',
        message: 'IE029',
      },
    ],
  },
  consignments: (parsed.tir.consignments as JsonObject[]).map((c) => ({
    ...c,
    items: (c.items as JsonObject[]).map((item, i) =>
      i === 0
        ? {
            ...item,
            dangerousGoods: [
              {
                unNumber: '1202',
                properShippingName: 'GAS OIL',
                class: '3',
                packingGroup: 'III',
                tunnelCode: '(D/E)',
              },
            ],
          }
        : item,
    ),
  })),
}

/** A fresh, mutable copy of a valid sample. */
export function sample(name: SampleName): JsonObject {
  return cloneJson(parsed[name])
}

/** Loose access for mutating a copy in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any

export function allFindings(report: ValidationReport): Finding[] {
  return [...report.errors, ...report.warnings]
}

/** The report has the promised shape and only catalogued rules, each in its severity's list. */
export function expectWellFormed(report: ValidationReport): void {
  expect(typeof report.valid).toBe('boolean')
  expect(Array.isArray(report.errors)).toBe(true)
  expect(Array.isArray(report.warnings)).toBe(true)
  expect(report.valid).toBe(report.errors.length === 0)
  for (const [list, severity] of [
    [report.errors, 'error'],
    [report.warnings, 'warning'],
  ] as const) {
    for (const finding of list) {
      expect(Object.hasOwn(RULES, finding.rule), finding.rule).toBe(true)
      expect(RULES[finding.rule as keyof typeof RULES].severity).toBe(severity)
      expect(finding.path === '' || finding.path.startsWith('/')).toBe(true)
      // The file's own text quoted in the sentence may hold anything, braces too.
      const quoted = Object.values(finding.params).flatMap((p) => {
        const value =
          typeof p !== 'object'
            ? undefined
            : 'quote' in p
              ? p.quote
              : 'kind' in p
                ? p.kind
                : undefined
        return value && 'text' in value ? [value.text] : []
      })
      const withoutQuotes = quoted.reduce(
        (text, q) => text.split(`"${q}…"`).join('"…"').split(`"${q}"`).join('"…"'),
        message(finding),
      )
      expectSentence(withoutQuotes)
      if (finding.box !== undefined) expect(finding.box).toMatch(/^(TIR )?[0-9A-Z]{1,3}a?$/)
    }
  }
}

/** A finding's sentence in English, as the command line prints it. */
export function message(finding: Finding): string {
  return findingText(finding, english)
}

/** One plain sentence: starts with a capital, a digit or a quote, ends with a full stop, one line. */
export function expectSentence(message: string): void {
  expect(message, message).toMatch(/^[A-Z0-9"“]/)
  expect(message, message).toMatch(/\.$/)
  expect(message, message).not.toMatch(/[\n\r]/)
  expect(message.length, message).toBeLessThan(400)
  // every value filled in, every word from the catalogue
  expect(message, message).not.toMatch(/\{\{|\}\}|validation\.|code\.[a-zA-Z]+\./)
}
