/**
 * Properties of the scoring that hold for any input: it never throws on any JSON answer; a model
 * answer scored against itself is 100 and passed, whatever the case's weights, critical boxes
 * and ignored elements; and taking leaves away from a perfect answer never raises its score.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromPointer, isJsonData, setAt, type JsonObject } from '../../../src/shared/json'
import type { Scoring } from '../../../src/shared/training/case'
import { readCase } from '../../../src/shared/training/read-case'
import { scoreAnswer } from '../../../src/shared/training/score'
import { generateDeclaration } from '../../fixtures/generate'
import { accepted, answerWith, caseWith, fixtureCase, fixtureJson, leafPointers } from './builders'

const kase = fixtureCase()
const leaves = leafPointers(kase.answer)
const leaf = fc.constantFrom(...leaves)

/** Every element of the answer, groups too, as a pointer. */
function elementPointers(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path]
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value)
  return [path, ...entries.flatMap(([key, child]) => elementPointers(child, `${path}/${key}`))]
}
const element = fc.constantFrom(...elementPointers(kase.answer).filter((p) => p !== ''))

const scoring: fc.Arbitrary<Scoring> = fc.record(
  {
    passMark: fc.integer({ min: 0, max: 100 }),
    ignore: fc.uniqueArray(element, { maxLength: 3 }),
    critical: fc.uniqueArray(element, { maxLength: 5 }),
    weights: fc.dictionary(element, fc.double({ min: 0.1, max: 10, noNaN: true }), { maxKeys: 6 }),
  },
  { requiredKeys: [] },
)

function expectResultShape(result: ReturnType<typeof scoreAnswer>) {
  expect(Number.isInteger(result.score)).toBe(true)
  expect(result.score).toBeGreaterThanOrEqual(0)
  expect(result.score).toBeLessThanOrEqual(100)
  expect(typeof result.passed).toBe('boolean')
  for (const finding of result.findings) expect(leaves).toContain(finding.path)
}

describe('scoring any answer', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (answer) => {
        expectResultShape(scoreAnswer(kase, answer, { today: '2026-02-06' }))
      }),
    )
  })

  it('never throws on the model answer with any elements replaced by any JSON', () => {
    fc.assert(
      fc.property(
        fc.dictionary(element, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
        (changes) => {
          let answer: unknown = answerWith(kase)
          for (const [pointer, value] of Object.entries(changes)) {
            answer = setAt(answer, fromPointer(pointer), value)
          }
          const result = scoreAnswer(kase, answer, { hints: Object.keys(changes).slice(0, 2) })
          expectResultShape(result)
          expect(isJsonData({ findings: result.findings, extras: result.extras })).toBe(true)
        },
      ),
    )
  })
})

describe('a model answer scored against itself', () => {
  it('is 100 and passed, whatever the scoring', () => {
    fc.assert(
      fc.property(scoring, (rules) => {
        const variant = caseWith(rules)
        const result = scoreAnswer(variant, answerWith(variant))
        expect(result).toMatchObject({ score: 100, passed: true, findings: [], extras: [] })
      }),
    )
  })

  it('is 100 and passed for declarations of any number of items', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (items, seed) => {
          const answer = generateDeclaration(items, { seed })
          const json: JsonObject = { ...fixtureJson(), answer, scoring: {}, explanations: {} }
          const generated = accepted(readCase(json, 'generated.tdcase.json'))
          const result = scoreAnswer(generated, answer)
          expect(result).toMatchObject({ score: 100, passed: true, findings: [], extras: [] })
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('taking leaves away from a perfect answer', () => {
  it('never raises the score, and each leaf taken is missed, given as nothing', () => {
    fc.assert(
      fc.property(
        scoring,
        fc.uniqueArray(leaf, { minLength: 1, maxLength: 12 }),
        (rules, taken) => {
          const variant = caseWith(rules)
          let answer: unknown = answerWith(variant)
          let score = 100
          for (const pointer of taken) {
            answer = setAt(answer, fromPointer(pointer), undefined)
            const result = scoreAnswer(variant, answer)
            expect(result.score).toBeLessThanOrEqual(score)
            score = result.score
            const ignored = (rules.ignore ?? []).some(
              (p) => pointer === p || pointer.startsWith(p + '/'),
            )
            if (!ignored) {
              expect(result.findings).toContainEqual(
                expect.objectContaining({ path: pointer, given: null }),
              )
            }
          }
        },
      ),
    )
  })
})
