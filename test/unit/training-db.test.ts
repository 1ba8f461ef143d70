/**
 * Trainee mode's records (db/training.ts): case files imported by name or refused with their
 * reason, the shipped cases beside them and never overwritten, attempts with a declaration of
 * their own that never reaches the workspace's declarations, hints and one submission each;
 * and what the training view reads from them: progress per case and per regime, and which
 * explanation a field's hint shows at what cost.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeclarationRepository } from '../../src/renderer/db/declarations'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import { TrainingRepository, type CaseFile } from '../../src/renderer/db/training'
import { shippedCases } from '../../src/renderer/features/training/shipped-cases'
import { englishText } from '../../src/shared/i18n/en/english-text'
import type { JsonObject } from '../../src/shared/json'
import { scoreAnswer } from '../../src/shared/training/score'
import { answerPath, hintCosts, hintTarget } from '../../src/renderer/features/training/hint-target'
import { caseProgress, regimeProgress } from '../../src/renderer/features/training/progress'
import { SealedFindingsStore } from '../../src/renderer/features/training/sealed-findings'
import { cloneJson, type JsonObject as Json } from '../../src/shared/json'
import { fixtureCase, fixtureJson, fixtureText } from './training/builders'

let dbCounter = 0
let db: WorkspaceDatabase
let repo: TrainingRepository
let clock: number

const now = () => new Date(clock)

beforeEach(() => {
  clock = Date.parse('2026-03-02T08:00:00Z')
  db = new WorkspaceDatabase(`training-test-${++dbCounter}-${Date.now()}`, {
    indexedDB,
    IDBKeyRange,
  })
  let ids = 0
  repo = new TrainingRepository(db, shippedCases, now, () => `attempt-${++ids}`)
})

afterEach(async () => {
  await db.delete()
})

const file = (name: string, text: string): CaseFile => ({
  name,
  text,
  byteLength: Buffer.byteLength(text),
})
const caseFile = (name: string, change?: (json: JsonObject) => void): CaseFile => {
  const json = fixtureJson()
  change?.(json)
  return file(name, JSON.stringify(json))
}

describe('the case library', () => {
  it('holds the shipped cases without storing them, and an imported case after them', async () => {
    const shipped = await shippedCases()
    expect(shipped.length).toBeGreaterThanOrEqual(12)
    expect(await db.trainingCases.count()).toBe(0)

    const outcomes = await repo.importCases([file('mine.tdcase.json', fixtureText())], englishText)
    const fixtureId = fixtureJson().id as string
    expect(outcomes).toEqual([{ fileName: 'mine.tdcase.json', outcome: 'imported', id: fixtureId }])

    const cases = await repo.cases()
    expect(cases.filter((c) => c.shipped).map((c) => c.case.id)).toEqual(shipped.map((c) => c.id))
    expect(cases.at(-1)).toMatchObject({ shipped: false, fileName: 'mine.tdcase.json' })
    expect((await repo.getCase(fixtureId))?.id).toBe(fixtureId)
    expect((await repo.getCase(shipped[0]!.id))?.title).toEqual(shipped[0]!.title)
  })

  it('refuses each unreadable file by name with its reason, and imports the others', async () => {
    const outcomes = await repo.importCases(
      [
        file('not-json.tdcase.json', '{ "format": '),
        { name: 'binary.tdcase.json', error: '“binary.tdcase.json” is not UTF-8 text.' },
        caseFile('good.tdcase.json', (json) => (json.id = 'good-case')),
        caseFile('declaration.json', (json) => (json.format = 'transitdesk.declaration/1')),
      ],
      englishText,
    )
    expect(outcomes.map((o) => [o.fileName, o.outcome])).toEqual([
      ['not-json.tdcase.json', 'refused'],
      ['binary.tdcase.json', 'refused'],
      ['good.tdcase.json', 'imported'],
      ['declaration.json', 'refused'],
    ])
    const messages = outcomes.map((o) => ('message' in o ? o.message : ''))
    expect(messages[0]).toMatch(/^“not-json\.tdcase\.json” cannot be read: it is not valid JSON/)
    expect(messages[1]).toBe('“binary.tdcase.json” is not UTF-8 text.')
    expect(messages[3]).toMatch(/^“declaration\.json” cannot be read: its format is/)
    expect((await db.trainingCases.toArray()).map((row) => row.id)).toEqual(['good-case'])
  })

  it('refuses a case whose answer is not a valid declaration, with the validator’s first error', async () => {
    const [outcome] = await repo.importCases(
      [
        caseFile(
          'bad-answer.tdcase.json',
          (json) => ((json.answer as JsonObject).lrn = 'no spaces!'),
        ),
      ],
      englishText,
    )
    expect(outcome).toMatchObject({ outcome: 'refused' })
    const message = (outcome as { message: string }).message
    expect(message).toMatch(
      /^“bad-answer\.tdcase\.json” cannot be read: its model answer is not a valid declaration: /,
    )
    expect(message).toContain('no spaces!')
    expect(await db.trainingCases.count()).toBe(0)
  })

  it('refuses a case with a shipped case’s id, by name; replaces one imported before', async () => {
    const shippedId = (await shippedCases())[0]!.id
    const outcomes = await repo.importCases(
      [
        caseFile('copy.tdcase.json', (json) => (json.id = shippedId)),
        caseFile('v1.tdcase.json', (json) => (json.id = 'my-case')),
        caseFile('v2.tdcase.json', (json) => {
          json.id = 'my-case'
          json.title = 'Second edition'
        }),
      ],
      englishText,
    )
    expect(outcomes[0]).toEqual({
      fileName: 'copy.tdcase.json',
      outcome: 'refused',
      message: `“copy.tdcase.json” cannot be read: its id “${shippedId}” is the id of a case that comes with TransitDesk; give the case an id of its own.`,
    })
    expect(outcomes.slice(1).map((o) => o.outcome)).toEqual(['imported', 'replaced'])
    expect((await repo.getCase('my-case'))?.title).toBe('Second edition')
    expect((await repo.getCase(shippedId))?.title).not.toBe('Second edition')
  })
})

describe('attempts', () => {
  it('start from a copy of the case’s start, or a blank of its procedure', async () => {
    const shipped = await shippedCases()
    const withStart = shipped.find((c) => c.start !== undefined)!
    const blankCase = shipped.find((c) => c.start === undefined && c.procedure === 'EAEU')!

    const a = await repo.startAttempt(withStart, 'practice')
    expect(a).toMatchObject({ id: 'attempt-1', caseId: withStart.id, mode: 'practice', hints: [] })
    expect(a.startedAt).toBe('2026-03-02T08:00:00.000Z')
    expect(a.document).toEqual(withStart.start)
    expect(a.document).not.toBe(withStart.start)

    const b = await repo.startAttempt(blankCase, 'exam')
    expect(b.document).toMatchObject({
      format: 'transitdesk.declaration/1',
      procedure: 'EAEU',
      declarationDate: '2026-03-02',
      guarantee: {},
    })
    expect(b.document.lrn).toMatch(/^TD-260302-/)
  })

  it('keep the trainee’s declaration apart from the workspace’s declarations', async () => {
    const declarations = new DeclarationRepository(db, now)
    const kept = await declarations.createBlank()
    const before = await declarations.getDocument(kept)
    const kase = (await shippedCases()).find((c) => c.start !== undefined)!

    const attempt = await repo.startAttempt(kase, 'practice')
    const edited = { ...attempt.document, lrn: String(before!.lrn), remarks: 'mine' }
    await repo.saveDocument(attempt.id, edited)

    expect((await repo.attempt(attempt.id))?.document).toEqual(edited)
    expect(await db.declarations.count()).toBe(1)
    expect(await declarations.getDocument(kept)).toEqual(before)
    // The case itself is unchanged by the attempt.
    expect((await repo.getCase(kase.id))?.start).toEqual(kase.start)
  })

  it('record each hint once, and refuse hints after submission', async () => {
    const kase = (await shippedCases())[0]!
    const attempt = await repo.startAttempt(kase, 'practice')
    await repo.addHint(attempt.id, '/holder')
    expect(await repo.addHint(attempt.id, '/holder')).toEqual(['/holder'])
    expect(await repo.addHint(attempt.id, '/guarantee')).toEqual(['/holder', '/guarantee'])

    await repo.submit(attempt.id, {
      at: now(),
      document: attempt.document,
      result: scoreAnswer(kase, attempt.document),
    })
    await expect(repo.addHint(attempt.id, '/transport')).rejects.toThrow(/submitted/)
    expect((await repo.attempt(attempt.id))?.hints).toEqual(['/holder', '/guarantee'])
  })

  it('keep the first submission with its score and the time taken', async () => {
    const kase = (await shippedCases())[0]!
    const attempt = await repo.startAttempt(kase, 'exam')
    clock += 12 * 60_000
    const result = scoreAnswer(kase, kase.answer)
    const submitted = await repo.submit(attempt.id, { at: now(), document: kase.answer, result })
    expect(submitted).toMatchObject({
      submittedAt: '2026-03-02T08:12:00.000Z',
      timeTakenMs: 12 * 60_000,
      result: { score: 100, passed: true },
      document: kase.answer,
    })

    clock += 60_000
    const again = await repo.submit(attempt.id, {
      at: now(),
      document: attempt.document,
      result: scoreAnswer(kase, attempt.document),
    })
    expect(again.submittedAt).toBe('2026-03-02T08:12:00.000Z')
    expect((await repo.attempt(attempt.id))?.result?.score).toBe(100)
  })

  it('are listed per case, newest first', async () => {
    const [first, second] = await shippedCases()
    const a = await repo.startAttempt(first!, 'practice')
    clock += 1000
    await repo.startAttempt(second!, 'practice')
    clock += 1000
    const c = await repo.startAttempt(first!, 'exam')
    expect((await repo.attemptsAt(first!.id)).map((row) => row.id)).toEqual([c.id, a.id])
    expect((await repo.attempts()).map((row) => row.id)).toEqual([
      'attempt-1',
      'attempt-2',
      'attempt-3',
    ])
  })

  it('refuse saving into an attempt that is gone', async () => {
    await expect(repo.saveDocument('nobody', {})).rejects.toThrow(/no longer there/)
  })
})

describe('progress', () => {
  it('per case: attempts, submitted, best score, passed; per regime: cases done and passed', async () => {
    const shipped = await shippedCases()
    const [t1a, t1b] = shipped.filter((c) => c.procedure === 'T1')
    const tir = shipped.find((c) => c.procedure === 'TIR')!
    const fail = scoreAnswer(t1a!, {})
    const pass = scoreAnswer(t1a!, t1a!.answer)
    for (const [kase, result] of [
      [t1a!, fail],
      [t1a!, pass],
      [t1a!, undefined],
      [t1b!, fail],
      [tir, undefined],
    ] as const) {
      const attempt = await repo.startAttempt(kase, 'practice')
      if (result) await repo.submit(attempt.id, { at: now(), document: {}, result })
    }
    const progress = caseProgress(await repo.attempts())
    expect(progress.get(t1a!.id)).toEqual({ attempts: 3, submitted: 2, best: 100, passed: true })
    expect(progress.get(t1b!.id)).toEqual({
      attempts: 1,
      submitted: 1,
      best: fail.score,
      passed: false,
    })
    expect(progress.get(tir.id)).toEqual({
      attempts: 1,
      submitted: 0,
      best: undefined,
      passed: false,
    })

    const regimes = regimeProgress(shipped, progress)
    const count = (procedure: string) => shipped.filter((c) => c.procedure === procedure).length
    expect(regimes.find((r) => r.procedure === 'T1')).toEqual({
      procedure: 'T1',
      cases: count('T1'),
      done: 2,
      passed: 1,
    })
    expect(regimes.find((r) => r.procedure === 'TIR')).toEqual({
      procedure: 'TIR',
      cases: count('TIR'),
      done: 0,
      passed: 0,
    })
    // Only procedures that have cases, in the format's order.
    expect(regimes.every((r) => r.cases > 0)).toBe(true)
  })
})

describe('hints', () => {
  const kase = fixtureCase()

  it('match a goods item by its sequence, wherever the trainee put it', () => {
    const mine = cloneJson(kase.answer) as Json
    const items = ((mine.consignments as Json[])[0]!.items as Json[]).reverse()
    expect(items.map((item) => item.sequence)).toEqual([3, 2, 1])
    expect(answerPath(kase, mine, ['consignments', 0, 'items', 2, 'hsCode'])).toEqual([
      'consignments',
      0,
      'items',
      0,
      'hsCode',
    ])
    expect(answerPath(kase, mine, ['holder', 'name'])).toEqual(['holder', 'name'])
    const target = hintTarget(kase, mine, ['consignments', 0, 'items', 2, 'hsCode'], 'ru')
    expect(target?.pointer).toBe('/consignments/0/items/0/hsCode')
    expect(target?.text).toMatch(/^20 Ne — около 295 децитекс/)
  })

  it('show the nearest explanation above a box, recorded at its pointer; none where there is none', () => {
    expect(hintTarget(kase, kase.answer, ['guarantee', 'reference'], 'en')).toEqual({
      pointer: '/guarantee',
      text: 'The TIR Carnet is the guarantee of a TIR transport: its number is on its cover and on every voucher.',
    })
    expect(hintTarget(kase, kase.answer, ['countriesOfRouting', 2], 'en')?.pointer).toBe(
      '/countriesOfRouting',
    )
    expect(hintTarget(kase, kase.answer, ['holder', 'name'], 'en')).toBeNull()
  })

  it('cost the weight of the scored boxes under the explained element', () => {
    const cost = hintCosts(kase)
    const routing = (kase.answer.countriesOfRouting as string[]).length
    expect(cost('/countriesOfRouting')).toBe(routing)
    expect(cost('/consignments/0/items/0/hsCode')).toBe(3)
    // What the hint costs is what the scoring takes off for it.
    const all = scoreAnswer(kase, kase.answer)
    const hinted = scoreAnswer(kase, kase.answer, { hints: ['/guarantee'] })
    const missed = hinted.findings.reduce((sum, f) => sum + f.weight, 0)
    expect(all.findings).toEqual([])
    expect(missed).toBe(cost('/guarantee'))
    expect(cost('/guarantee')).toBeGreaterThan(1)
  })
})

describe('an exam’s findings', () => {
  it('stay hidden until the attempt is submitted, then the latest report shows at once', () => {
    const store = new SealedFindingsStore()
    let told = 0
    store.subscribe(() => told++)
    const finding = { rule: 'structure.required', path: '/holder', params: {} }
    store.set({ valid: false, errors: [finding], warnings: [] })
    store.set({ valid: false, errors: [finding, { ...finding, path: '/carrier' }], warnings: [] })
    expect(store.getReport()).toBeNull()
    expect(store.at('/holder')).toEqual([])
    expect(told).toBe(0)

    store.unseal()
    expect(store.getReport()?.errors).toHaveLength(2)
    expect(store.at('/carrier')).toEqual([{ ...finding, path: '/carrier', severity: 'error' }])
    expect(told).toBe(1)
    store.set({ valid: true, errors: [], warnings: [] })
    expect(store.at('/carrier')).toEqual([])
  })
})
