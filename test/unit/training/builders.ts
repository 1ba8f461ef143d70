/**
 * Builders for the training tests: the fixture case (test/fixtures/cases, its model answer the
 * TIR sample Almaty → Karachi) read as the app reads it, variants of it with other scoring, and
 * trainee answers made from its model answer with a few elements changed.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { cloneJson, fromPointer, setAt, type JsonObject } from '../../../src/shared/json'
import type { Case, Scoring } from '../../../src/shared/training/case'
import { readCase, readCaseText, type ReadCaseResult } from '../../../src/shared/training/read-case'

export const CASES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/cases')
export const FIXTURE_CASE = resolve(CASES_DIR, 'tir-almaty-karachi.tdcase.json')

export const fixtureText = (): string => readFileSync(FIXTURE_CASE, 'utf8')

/** Loose access for mutating a copy of a case file in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Editable = any

/** The fixture case file as parsed JSON, to be changed by a test. */
export const fixtureJson = (): Editable => JSON.parse(fixtureText()) as Editable

export function accepted(result: ReadCaseResult): Case {
  if (!result.ok) throw new Error(`expected the case to be read, but: ${result.message}`)
  return result.case
}

export function refusal(result: ReadCaseResult): string {
  if (result.ok) throw new Error('expected the case to be refused, but it was read')
  return result.message
}

/** The fixture case as read from its file. */
export const fixtureCase = (): Case => {
  const text = fixtureText()
  return accepted(readCaseText('fixture.tdcase.json', text, Buffer.byteLength(text)))
}

/** The fixture case with its scoring and explanations replaced (none when not given). */
export function caseWith(scoring?: Scoring, explanations?: Case['explanations']): Case {
  const json = fixtureJson()
  delete json.scoring
  delete json.explanations
  if (scoring !== undefined) json.scoring = scoring as JsonObject
  if (explanations !== undefined) json.explanations = explanations as JsonObject
  return accepted(readCase(json, 'variant.tdcase.json'))
}

/** A copy of the case's model answer with the values at the pointers changed (undefined removes). */
export function answerWith(kase: Case, changes: Record<string, unknown> = {}): JsonObject {
  let answer = cloneJson(kase.answer)
  for (const [pointer, value] of Object.entries(changes)) {
    answer = setAt(answer, fromPointer(pointer), value)
  }
  return answer
}

export const pathsOf = (findings: readonly { path: string }[]) => findings.map((f) => f.path)

/** How many scored leaves an answer has (each of weight 1 unless the case says otherwise). */
export const leafCount = (answer: unknown): number => leafPointers(answer).length

export function expectScore(score: number, matched: number, total: number) {
  expect(score).toBe(Math.floor((100 * matched) / total))
}

/** The pointers of every scored leaf of an answer, in document order. */
export function leafPointers(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPointers(v, `${path}/${i}`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) =>
      path === '' && ['format', 'lrn', 'declarationDate', 'movement'].includes(key)
        ? []
        : leafPointers(v, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    )
  }
  return value === null || (typeof value === 'string' && value.trim() === '') ? [] : [path]
}
