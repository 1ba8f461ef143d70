/**
 * `transitdesk score CASE.tdcase.json ANSWER.json` (case-format.md): exit 0 passed, 1 not
 * passed, 2 unreadable case or answer (one line, no stack trace) or a usage error; `--json`
 * prints the result; `--lang` the words. In this process; as a process, test/cli/process.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cloneJson, type JsonObject } from '../../src/shared/json'
import { scoreAnswer } from '../../src/shared/training/score'
import { FIXTURE_CASE, fixtureCase, fixtureJson, type Editable } from '../unit/training/builders'
import {
  expectReportShape,
  expectUsageError,
  lines,
  NO_STACK,
  runMain,
  sample,
  TODAY,
} from './helpers'

const root = mkdtempSync(join(tmpdir(), 'transitdesk-score-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let files = 0
function file(name: string, content: string | object): string {
  const path = join(root, `${++files}-${name}`)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return path
}

const MODEL = sample('tir-almaty-karachi.json')
const model = (): Editable => cloneJson(fixtureJson().answer)

/** The model answer with the carnet number (critical) and the first item's HS code wrong. */
function wrong(): JsonObject {
  const answer = model()
  answer.guarantee.reference = 'XZ81234568'
  answer.consignments[0].items[0].hsCode = '520511'
  return answer
}
const wrongAnswer = () => file('wrong.json', wrong())
/** Its score, as the scoring itself (test/unit/training) gives it. */
const WRONG_SCORE = scoreAnswer(fixtureCase(), wrong()).score

/** Exit 2 for unreadable input: nothing on stdout, one line on stderr, no stack trace. */
function expectUnreadable(run: Awaited<ReturnType<typeof runMain>>, mention: string | RegExp) {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expect(lines(run.stderr)).toHaveLength(1)
  expect(run.stderr).toMatch(mention)
  expect(run.stderr).not.toMatch(NO_STACK)
}

describe('transitdesk score', () => {
  it('exits 0 for the model answer: score 100, passed', async () => {
    const run = await runMain(['score', FIXTURE_CASE, MODEL, '--today', TODAY, '--lang', 'en'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(lines(run.stdout)).toEqual([
      'score 100 of 100 (pass mark 80): passed',
      'the declaration’s checks: 0 errors, 0 warnings',
    ])
  })

  it('exits 1 when not passed, telling each missed box with its explanation', async () => {
    // A score above the pass mark: the critical box alone fails it.
    expect(WRONG_SCORE).toBeGreaterThanOrEqual(80)
    const run = await runMain([
      'score',
      FIXTURE_CASE,
      wrongAnswer(),
      '--today',
      TODAY,
      '--lang',
      'en',
    ])
    expect(run.status).toBe(1)
    expect(lines(run.stdout)).toEqual([
      `score ${WRONG_SCORE} of 100 (pass mark 80): not passed, a critical box is missed`,
      'missed /guarantee/reference (the guarantee reference): expected "XZ81234567", given "XZ81234568" (box 52, critical box)',
      '  why: The TIR Carnet is the guarantee of a TIR transport: its number is on its cover and on every voucher.',
      expect.stringMatching(
        /^missed \/consignments\/0\/items\/0\/hsCode \(.+ goods item 1\): expected "520512", given "520511" \(box 33, weight 3\)$/,
      ),
      expect.stringMatching(/^ {2}why: 20 Ne is about 295 decitex/),
      expect.stringMatching(/^the declaration’s checks: \d+ errors?, \d+ warnings?$/),
    ])
  })

  it('lists what the trainee added, costing nothing', async () => {
    const answer = model()
    answer.representative = { name: 'Broker LLP' }
    const run = await runMain([
      'score',
      FIXTURE_CASE,
      file('added.json', answer),
      '--today',
      TODAY,
      '--lang',
      'en',
    ])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('added /representative: not in the model answer, costs nothing\n')
  })

  it('prints the result as JSON with --json, the validator’s report rendered as validate’s', async () => {
    const run = await runMain(['score', FIXTURE_CASE, wrongAnswer(), '--json', '--today', TODAY])
    expect(run.status).toBe(1)
    const result = JSON.parse(run.stdout)
    expect(Object.keys(result).sort()).toEqual([
      'extras',
      'findings',
      'passed',
      'score',
      'validation',
    ])
    expect(result).toMatchObject({ score: WRONG_SCORE, passed: false, extras: [] })
    expect(result.findings[0]).toEqual({
      path: '/guarantee/reference',
      expected: 'XZ81234567',
      given: 'XZ81234568',
      weight: 1,
      critical: true,
      explanation:
        'The TIR Carnet is the guarantee of a TIR transport: its number is on its cover and on every voucher.',
    })
    expectReportShape(result.validation)
  })

  it('speaks Russian with --lang ru, explanations included', async () => {
    const run = await runMain([
      'score',
      FIXTURE_CASE,
      wrongAnswer(),
      '--lang',
      'ru',
      '--today',
      TODAY,
    ])
    expect(run.status).toBe(1)
    const [verdict, missed, why] = lines(run.stdout)
    expect(verdict).toBe(
      `оценка ${WRONG_SCORE} из 100 (проходной балл 80): не сдано — ошибка в ключевой графе`,
    )
    expect(missed).toMatch(
      /^ошибка \/guarantee\/reference \([\u0400-\u04ff ]+\): ожидается «XZ81234567», указано «XZ81234568» \(графа 52, ключевая графа\)$/,
    )
    expect(why).toBe(
      '  почему: Книжка МДП — обеспечение перевозки МДП: её номер указан на обложке и на каждом листе.',
    )
    const json = JSON.parse(
      (
        await runMain([
          'score',
          FIXTURE_CASE,
          wrongAnswer(),
          '--json',
          '--lang',
          'ru',
          '--today',
          TODAY,
        ])
      ).stdout,
    )
    expect(json.findings[0].explanation).toMatch(/^Книжка МДП/)
  })

  it('exits 2 when the case is unreadable, naming it', async () => {
    const missing = join(root, 'missing.tdcase.json')
    expectUnreadable(
      await runMain(['score', missing, MODEL]),
      /missing\.tdcase\.json.*does not exist/,
    )
    expectUnreadable(
      await runMain(['score', file('broken.tdcase.json', '{'), MODEL]),
      /is not valid JSON/,
    )
    expectUnreadable(await runMain(['score', MODEL, MODEL]), /not "transitdesk\.case\/1"/)
    const invalid = fixtureJson()
    invalid.answer.consignments[0].items[0].hsCode = '5205'
    const run = await runMain([
      'score',
      file('invalid.tdcase.json', invalid),
      MODEL,
      '--lang',
      'en',
    ])
    expectUnreadable(
      run,
      /invalid\.tdcase\.json.*its model answer is not a valid declaration: .*"5205"/,
    )
  })

  it('exits 2 when the answer is unreadable, naming it', async () => {
    const missing = join(root, 'missing.json')
    expectUnreadable(
      await runMain(['score', FIXTURE_CASE, missing]),
      /missing\.json.*does not exist/,
    )
    expectUnreadable(await runMain(['score', FIXTURE_CASE, file('empty.json', '')]), /empty/)
    expectUnreadable(
      await runMain(['score', FIXTURE_CASE, FIXTURE_CASE]),
      /not "transitdesk\.declaration\/1"/,
    )
  })

  it('exits 2 with the usage for a usage error', async () => {
    const one = await runMain(['score', FIXTURE_CASE, '--lang', 'en'])
    expectUsageError(one, /score needs a CASE\.tdcase\.json and an ANSWER\.json/)
    const today = await runMain([
      'score',
      FIXTURE_CASE,
      MODEL,
      '--today',
      '2026-02-30',
      '--lang',
      'en',
    ])
    expectUsageError(today, /--today/)
    const help = await runMain(['--help', '--lang', 'en'])
    expect(help.stdout).toContain(
      'score CASE.tdcase.json ANSWER.json [--json] [--today YYYY-MM-DD]',
    )
  })
})
