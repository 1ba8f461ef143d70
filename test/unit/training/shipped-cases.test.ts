/**
 * The training cases shipped with the app (src/shared/training/cases, issue 19). Each file is a
 * readable `transitdesk.case/1` case in English and Russian whose model answer is a valid
 * declaration, whose explanations point into that answer and cover every scored box, whose
 * simulated customs replies are lifecycle events of its procedure, whose "find the mistakes"
 * start really holds the mistakes its brief promises, and whose model answer scores 100. The set
 * as a whole covers the regimes, levels and situations the issue asks for.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import {
  fromPointer,
  getAt,
  isJsonObject,
  jsonEqual,
  type JsonObject,
} from '../../../src/shared/json'
import { recordEvent } from '../../../src/shared/movement/record-event'
import { STEPS, type MovementEventType } from '../../../src/shared/movement/steps'
import { readCase } from '../../../src/shared/training/read-case'
import { scoreAnswer } from '../../../src/shared/training/score'
import { answerAct } from '../../../src/shared/training/simulated-office'
import { validateDeclaration } from '../../../src/shared/validation/validate'

const CASES_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../src/shared/training/cases',
)
const SUFFIX = '.tdcase.json'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a case file as parsed, checked below
type Loose = any
interface Shipped {
  file: string
  kase: Loose
}

const shipped: Shipped[] = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith(SUFFIX))
  .sort()
  .map((file) => ({ file, kase: JSON.parse(readFileSync(resolve(CASES_DIR, file), 'utf8')) }))
const named = shipped.map((s) => [s.file, s] as const)

/** Top-level elements of a declaration no trainee is scored on (case-format.md, Scoring). */
const UNSCORED = ['/format', '/lrn', '/declarationDate', '/movement']
const under = (pointer: string, base: string) => pointer === base || pointer.startsWith(`${base}/`)

/** Pointer → value of every leaf: texts, numbers, booleans, null, and empty lists or objects. */
function leaves(value: unknown, at = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value) || isJsonObject(value)) {
    const entries = Object.entries(value)
    if (entries.length === 0) out.set(at, value)
    for (const [key, child] of entries) {
      leaves(child, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out)
    }
  } else out.set(at, value)
  return out
}

/** The leaves the scorer counts: non-blank texts, numbers and booleans not left out. */
function scoredLeaves(kase: Loose): string[] {
  const left = [...UNSCORED, ...(kase.scoring?.ignore ?? [])]
  return [...leaves(kase.answer)]
    .filter(
      ([, v]) =>
        typeof v === 'number' ||
        typeof v === 'boolean' ||
        (typeof v === 'string' && v.trim() !== ''),
    )
    .map(([pointer]) => pointer)
    .filter((pointer) => !left.some((base) => under(pointer, base)))
}

function differingLeaves(a: unknown, b: unknown): string[] {
  const la = leaves(a)
  const lb = leaves(b)
  return [...new Set([...la.keys(), ...lb.keys()])].filter(
    (pointer) => pointer !== '/lrn' && !jsonEqual(la.get(pointer), lb.get(pointer)),
  )
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
}
/** The mistakes a "find the N mistakes" brief promises; any other start must differ at least once. */
function promisedDifferences(kase: Loose): number {
  const word = /find the (\w+) mistakes/i.exec(kase.brief.en)?.[1]?.toLowerCase()
  return word === undefined ? 1 : (NUMBER_WORDS[word] ?? Number(word))
}

const resolves = (answer: unknown, pointer: string) =>
  pointer !== '' && getAt(answer, fromPointer(pointer)) !== undefined

const bilingual = (text: unknown) =>
  isJsonObject(text) &&
  typeof text.en === 'string' &&
  text.en.trim() !== '' &&
  typeof text.ru === 'string' &&
  text.ru.trim() !== ''

describe('shipped training cases', () => {
  it('are at least twelve, each with its own id equal to its file name', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(12)
    for (const { file, kase } of shipped) {
      expect(kase.format, file).toBe('transitdesk.case/1')
      expect(`${kase.id}${SUFFIX}`).toBe(file)
    }
    const ids = shipped.map((s) => s.kase.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(named)('%s is read by the case reader', (file, { kase }) => {
    const read = readCase(kase, file)
    expect(read.ok ? 'read' : read.message).toBe('read')
  })

  it.each(named)(
    '%s speaks English and Russian: title, brief, sources, explanations',
    (_, { kase }) => {
      expect(bilingual(kase.title)).toBe(true)
      expect(bilingual(kase.brief)).toBe(true)
      expect(kase.sources.length).toBeGreaterThan(0)
      for (const source of kase.sources) {
        expect(bilingual(source.title), JSON.stringify(source.title)).toBe(true)
        expect(bilingual(source.content), JSON.stringify(source.title)).toBe(true)
      }
      for (const [pointer, text] of Object.entries(kase.explanations ?? {})) {
        expect(bilingual(text), pointer).toBe(true)
      }
    },
  )

  it.each(named)('%s has a model answer the validator finds no error in', (_, { kase }) => {
    const report = validateDeclaration(kase.answer, { today: kase.answer.declarationDate })
    expect(report.errors).toEqual([])
  })

  it.each(named)('%s explains elements of its answer, and every scored box', (_, { kase }) => {
    const pointers = Object.keys(kase.explanations ?? {})
    expect(pointers.filter((p) => !resolves(kase.answer, p))).toEqual([])
    const unexplained = scoredLeaves(kase).filter(
      (leaf) => !pointers.some((p) => p !== '' && under(leaf, p)),
    )
    expect(unexplained).toEqual([])
  })

  it.each(named)(
    '%s scripts customs replies as lifecycle events of its procedure',
    (_, { kase }) => {
      for (const step of kase.customs ?? []) {
        expect(Object.hasOwn(STEPS, step.after), step.after).toBe(true)
        expect(Object.hasOwn(STEPS, step.event), step.event).toBe(true)
        const after = STEPS[step.after as MovementEventType]
        const reply = STEPS[step.event as MovementEventType]
        expect(after.by, step.after).toBe('holder')
        expect(reply.by, step.event).toBe('customs')
        expect(reply.procedures, step.event).toContain(kase.procedure)
      }
    },
  )

  it.each(named)(
    '%s starts (if it gives a start) from a draft with the mistakes its brief promises',
    (_, { kase }) => {
      if (kase.start === undefined) return
      expect(differingLeaves(kase.start, kase.answer).length).toBeGreaterThanOrEqual(
        promisedDifferences(kase),
      )
    },
  )

  it.each(named)(
    '%s: the model answer scores 100 and its start does not pass',
    (file, { kase }) => {
      const read = readCase(kase, file)
      if (!read.ok) throw new Error(read.message)
      const today = kase.answer.declarationDate
      const result = scoreAnswer(read.case, kase.answer, { today })
      expect(result.findings).toEqual([])
      expect(result.score).toBe(100)
      expect(result.passed).toBe(true)
      if (kase.start !== undefined)
        expect(scoreAnswer(read.case, kase.start, { today }).passed).toBe(false)
    },
  )

  it.each(named)('%s: the simulated office plays its script to the end', (file, { kase }) => {
    const read = readCase(kase, file)
    if (!read.ok) throw new Error(read.message)
    const scripted = (read.case.customs ?? []).map((step) => step.after)
    let clock = Date.parse(`${kase.answer.declarationDate}T09:00:00Z`)
    const tick = () => new Date((clock += 60_000))
    let document: JsonObject = structuredClone(kase.start ?? kase.answer)
    // The trainee's acts the script answers, in the order a trainee meets them.
    for (const act of ['lodged', 'amendmentLodged', 'cancellationRequested'] as const) {
      if (act !== 'lodged' && !scripted.includes(act)) continue
      // An amendment brings the declaration to the model answer (the guarantee the papers give).
      if (act === 'amendmentLodged') document = { ...kase.answer, movement: document.movement }
      document = recordEvent(document, { type: act, at: tick().toISOString(), by: 'trainee' })
      const answer = answerAct(read.case, document, {
        at: tick(),
        t: englishText,
        language: 'en',
        seed: file,
      })
      expect(answer.refused.map((r) => `${r.event}: ${r.reason.message}`)).toEqual([])
      const expected = (read.case.customs ?? []).filter((s) => s.after === act).map((s) => s.event)
      if (expected.length > 0) expect(answer.replies).toEqual(expected)
      document = answer.document
    }
  })

  it.each(named)('%s has an exam time limit and cites its sources', (_, { kase }) => {
    expect(Number.isInteger(kase.timeLimitMinutes)).toBe(true)
    expect(kase.timeLimitMinutes).toBeGreaterThanOrEqual(1)
    expect(kase.timeLimitMinutes).toBeLessThanOrEqual(600)
    expect(kase.references.length).toBeGreaterThan(0)
    for (const reference of kase.references) expect(reference.title.length).toBeGreaterThan(0)
  })
})

describe('the shipped set', () => {
  const all = shipped.map((s) => s.kase)
  const answers = all.map((k) => k.answer)
  const steps = all.flatMap((k) => (k.customs ?? []) as { after: string; event: string }[])

  it('covers every regime and all three levels', () => {
    expect(new Set(all.map((k) => k.procedure))).toEqual(
      new Set(['TIR', 'EAEU', 'T1', 'T2', 'NATIONAL']),
    )
    expect(new Set(all.map((k) => k.level))).toEqual(new Set([1, 2, 3]))
  })

  it('has at least two "find the five mistakes" cases', () => {
    expect(
      all.filter((k) => promisedDifferences(k) === 5 && k.start !== undefined).length,
    ).toBeGreaterThanOrEqual(2)
  })

  it('has an amendment after "guarantee not valid" and a cancellation before release', () => {
    expect(steps).toContainEqual(
      expect.objectContaining({ after: 'lodged', event: 'guaranteeInvalid' }),
    )
    expect(steps).toContainEqual(
      expect.objectContaining({ after: 'amendmentLodged', event: 'amendmentAccepted' }),
    )
    expect(steps).toContainEqual(
      expect.objectContaining({ after: 'cancellationRequested', event: 'cancelled' }),
    )
  })

  it('has an EAEU rail transit under an SMGS note', () => {
    const rail = answers.filter(
      (a) =>
        a.procedure === 'EAEU' &&
        a.transport.borderMode === '2' &&
        a.documents.some((d: Loose) => d.type === 'N720'),
    )
    expect(rail.length).toBeGreaterThan(0)
  })

  it('has a Karachi → Torkham Afghan transit ending at the Pakistani border station', () => {
    const afghan = answers.filter(
      (a) =>
        a.procedure === 'NATIONAL' &&
        a.placeOfLoading?.locode === 'PKKHI' &&
        a.countryOfDestination === 'AF' &&
        a.officeOfDestination.country === 'PK' &&
        /Torkham/.test(a.officeOfDestination.name),
    )
    expect(afghan.length).toBeGreaterThan(0)
  })

  it('has a TIR with four countries of routing and a TIR with heavy or bulky goods', () => {
    const tir = answers.filter((a) => a.procedure === 'TIR')
    expect(tir.some((a) => a.countriesOfRouting.length === 4)).toBe(true)
    expect(tir.some((a) => a.transport.heavyOrBulky === true)).toBe(true)
  })
})
