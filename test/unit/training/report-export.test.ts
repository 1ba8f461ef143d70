/**
 * The attempt exported as JSON for the instructor: `{ case: {id, title}, mode, startedAt,
 * submittedAt, timeTakenMs, hints, result }` with the Result of case-format.md (score, passed,
 * findings, validation), exactly as the scorer gave it.
 */
import { describe, expect, it } from 'vitest'
import {
  attemptExport,
  attemptExportText,
  attemptFileName,
  type FinishedAttempt,
} from '../../../src/shared/training/report/attempt-export'
import { scoreAnswer } from '../../../src/shared/training/score'
import { answerWith, fixtureCase } from './builders'

const kase = fixtureCase()
const result = scoreAnswer(kase, answerWith(kase, { '/holder/name': 'Someone else' }), {
  hints: ['/countryOfDispatch'],
})
const attempt: FinishedAttempt = {
  id: 'b3c1',
  caseId: kase.id,
  mode: 'practice',
  startedAt: '2026-02-04T09:00:00.000Z',
  submittedAt: '2026-02-04T09:21:30.000Z',
  timeTakenMs: 1_290_000,
  hints: ['/countryOfDispatch'],
  result,
}

describe('the attempt as JSON', () => {
  it('has exactly the elements the instructor reads, in order', () => {
    const exported = attemptExport(kase, attempt)
    expect(Object.keys(exported)).toEqual([
      'case',
      'mode',
      'startedAt',
      'submittedAt',
      'timeTakenMs',
      'hints',
      'result',
    ])
    expect(exported.case).toEqual({ id: kase.id, title: kase.title })
    expect(exported).toMatchObject({
      mode: 'practice',
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      timeTakenMs: 1_290_000,
      hints: ['/countryOfDispatch'],
    })
  })

  it('carries the Result of case-format.md: score, passed, one finding per missed leaf, validation', () => {
    const { result: exported } = JSON.parse(attemptExportText(kase, attempt)) as {
      result: Record<string, unknown>
    }
    expect(exported).toEqual(JSON.parse(JSON.stringify(result)))
    expect(exported).toHaveProperty('score', result.score)
    expect(exported).toHaveProperty('passed', result.score >= 80)
    const findings = exported.findings as { path: string; hinted?: boolean }[]
    expect(findings.map((f) => f.path)).toEqual(['/countryOfDispatch', '/holder/name'])
    expect(findings[0]).toMatchObject({ hinted: true, expected: 'KZ', critical: false, weight: 1 })
    expect(exported.validation).toMatchObject({ valid: true, errors: [] })
  })

  it('is indented JSON ending with a line break, read back unchanged', () => {
    const text = attemptExportText(kase, attempt)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "case": {\n')
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(attemptExport(kase, attempt))))
  })

  it('is named after the case and the time it was handed in', () => {
    expect(attemptFileName(kase.id, attempt.submittedAt, 'json')).toBe(
      `${kase.id}-attempt-2026-02-04T09-21.json`,
    )
    expect(attemptFileName('a/b', '', 'pdf')).toBe('a-b-attempt-undated.pdf')
  })
})
