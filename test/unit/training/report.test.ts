/**
 * The training report for the instructor: composed from a real scored attempt on the fixture
 * case, made into a PDF the way the workers make it (makePaperPdf), and read back with poppler's
 * pdftotext — one A4 page whatever the number of misses, its title plainly a training report,
 * the score, the verdict and each missed box with its label, expected and given values; a page
 * too short for every miss lists the first and counts the rest; Russian and Urdu read back.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPacketFonts } from '../../../src/main/core/fonts'
import { translator } from '../../../src/main/core/translator'
import type { Language } from '../../../src/shared/i18n/languages'
import { makePaperPdf, PaperRequestSchema } from '../../../src/shared/packet/make'
import { createPdfWriter } from '../../../src/shared/packet/layout/pdf-adapter'
import type { Case } from '../../../src/shared/training/case'
import {
  scoreAnswer,
  type ScoreFinding,
  type ScoreResult,
} from '../../../src/shared/training/score'
import type { FinishedAttempt } from '../../../src/shared/training/report/attempt-export'
import { composeTrainingReport } from '../../../src/shared/training/report/compose-report'
import { EXPLANATION_CHARACTERS } from '../../../src/shared/training/report/paper'
import { layOutReport } from '../../../src/shared/training/report/render'
import {
  MAX_LISTED_MISSES,
  type TrainingReportRequest,
} from '../../../src/shared/training/report/request'
import { answerWith, caseWith, fixtureCase } from './builders'

const fonts = await loadPacketFonts()
const kase = fixtureCase()
const dir = mkdtempSync(join(tmpdir(), 'transitdesk-report-'))
let files = 0

const GENERATED_AT = '2026-02-04T10:00:00Z'

/** The fixture's answer with a critical box, a weighted HS code and the holder's name wrong. */
const wrong = answerWith(kase, {
  '/guarantee/reference': 'XA99999999',
  '/consignments/0/items/1/hsCode': '999999',
  '/holder/name': undefined,
})

function attemptWith(result: ScoreResult, more: Partial<FinishedAttempt> = {}): FinishedAttempt {
  return {
    id: 'attempt-1',
    caseId: kase.id,
    mode: 'exam',
    startedAt: '2026-02-04T09:00:00Z',
    submittedAt: '2026-02-04T09:37:12Z',
    timeTakenMs: (37 * 60 + 12) * 1000,
    hints: [],
    result,
    ...more,
  }
}

const compose = (
  attempt: FinishedAttempt,
  language: Language = 'en',
  traineeName?: string,
  onCase: Case = kase,
) =>
  composeTrainingReport(onCase, attempt, {
    t: translator(language),
    language,
    generatedAt: GENERATED_AT,
    ...(traineeName === undefined ? {} : { traineeName }),
  })

/** The request made into a PDF as a worker makes it; its pages' text (reading order, spaces joined). */
async function madeReport(request: TrainingReportRequest) {
  const parsed = PaperRequestSchema.parse(request)
  const pdf = await makePaperPdf(parsed, fonts)
  const file = join(dir, `report-${++files}.pdf`)
  writeFileSync(file, pdf)
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/[\u202A-\u202E]/g, '').replace(/\s+/g, ' '))
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return { pdf, pages, text: pages.join(' '), info }
}

/** Each word of a phrase that pdftotext must find (it may break lines between them). */
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w.length > 2)

describe('the training report in English', () => {
  const result = scoreAnswer(kase, wrong, { language: 'en' })
  const attempt = attemptWith(result, { hints: ['/countryOfDispatch'] })

  it('is one page titled as a training report, with the case, the score and the verdict', async () => {
    const { pages, text, info } = await madeReport(compose(attempt, 'en', 'Aigerim Sadykova'))
    expect(pages).toHaveLength(1)
    expect(text).toContain('Training report — not a customs document')
    expect(info).toMatch(/Title:\s+Training report — not a customs document/)
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
    expect(text).toContain('TIR: cotton from Almaty to Karachi')
    expect(text).toContain('Aigerim Sadykova')
    expect(result.passed).toBe(false)
    expect(text).toContain(`${result.score} of 100`)
    expect(text).toContain('pass mark 80')
    expect(text).toContain('Exam')
    expect(text).toContain('37:12 of 45:00 allowed')
    expect(text).not.toMatch(/DRAFT|NOT VALID FOR CUSTOMS/)
  })

  it('lists every missed box: its label and boxes, expected, given, critical mark and why', async () => {
    const { text } = await madeReport(compose(attempt))
    expect(result.findings.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/holder/name', '/guarantee/reference']),
    )
    const expectedReference = String(
      kase.answer.guarantee && (kase.answer.guarantee as { reference: string }).reference,
    )
    expect(text).toContain(`Missed boxes (${result.findings.length})`)
    expect(text).toContain('XA99999999')
    expect(text).toContain(expectedReference)
    expect(text).toContain('999999')
    expect(text).toContain('(left out)')
    expect(text).toContain('critical')
    expect(text).toContain('SAD 33')
    for (const word of wordsOf(translator('en')('element.item.hsCode.label'))) {
      expect(text).toContain(word)
    }
    expect(text).toContain('goods item 2')
  })

  it('counts the hints and the validator’s errors and warnings', async () => {
    const request = compose(attempt)
    const { errors, warnings } = result.validation
    const checks = request.facts.find((f) => f.label === 'Declaration check')!
    expect(checks.value).toBe(
      `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
    )
    expect(request.facts.find((f) => f.label === 'Hints used')!.value).toBe('1')
    const { text } = await madeReport(request)
    expect(text).toContain(checks.value)
  })

  it('says plainly that nothing was missed, and that the attempt passed', async () => {
    const perfect = scoreAnswer(kase, kase.answer)
    const { text, pages } = await madeReport(compose(attemptWith(perfect, { mode: 'practice' })))
    expect(pages).toHaveLength(1)
    expect(text).toContain('Passed: 100 of 100 (pass mark 80)')
    expect(text).toContain('No box was missed.')
    expect(text).toContain('Practice')
    expect(text).not.toContain('Missed boxes')
  })

  it('says why a score above the pass mark did not pass: a critical box was missed', () => {
    const onlyCritical = scoreAnswer(kase, answerWith(kase, { '/guarantee/reference': 'XA0' }))
    expect(onlyCritical.score).toBeGreaterThanOrEqual(80)
    expect(compose(attemptWith(onlyCritical)).verdict).toBe(
      `Not passed: ${onlyCritical.score} of 100 reaches the pass mark 80, but a critical box was missed`,
    )
  })
})

/** A result of `count` misses, each an HS code left out with a long explanation. */
function manyMisses(count: number): ScoreResult {
  const findings: ScoreFinding[] = Array.from({ length: count }, (_, i) => ({
    path: `/consignments/0/items/${i}/hsCode`,
    expected: `52051${i % 10}`,
    given: null,
    weight: 1,
    critical: i % 7 === 0,
    explanation: `Item ${i + 1}: ${'the HS subheading follows the yarn count on the invoice line. '.repeat(8)}END-OF-EXPLANATION`,
  }))
  return {
    score: 0,
    passed: false,
    findings,
    extras: [],
    validation: scoreAnswer(kase, kase.answer).validation,
  }
}

describe('a report of 999 misses', () => {
  // The case's own explanations left out: each miss keeps the long one of its finding.
  const unexplained = caseWith(kase.scoring)
  const request = compose(attemptWith(manyMisses(999)), 'en', undefined, unexplained)

  it('carries the first misses and the count, not all 999', () => {
    expect(request.misses).toHaveLength(MAX_LISTED_MISSES)
    expect(request.missedCount).toBe(999)
  })

  it('stays on one page: the misses that fit, then "and N more — see the JSON export"', async () => {
    const writer = await createPdfWriter(fonts)
    const { shown } = layOutReport(request, { metrics: writer.metrics, frames: false })
    expect(shown).toBeGreaterThan(3)
    expect(shown).toBeLessThan(999)
    const { pages, text } = await madeReport(request)
    expect(pages).toHaveLength(1)
    expect(text).toContain(`and ${999 - shown} more — see the JSON export`)
    expect(text).toContain('Missed boxes (999)')
    // Every listed row, and not one more.
    const rows = text.match(/goods item \d+/g) ?? []
    expect(rows).toHaveLength(shown)
    expect(text).toContain(`goods item ${shown}`)
    expect(text).not.toContain(`goods item ${shown + 1} `)
  })

  it('shortens each explanation to fit, keeping its beginning', async () => {
    const { text } = await madeReport(request)
    expect(text).toContain('Item 1: the HS subheading follows the yarn count')
    expect(text).not.toContain('END-OF-EXPLANATION')
    expect(text).toContain('…')
    expect(request.misses[0]!.explanation.length).toBeGreaterThan(EXPLANATION_CHARACTERS)
  })
})

describe('the report in the reader’s language', () => {
  const result = scoreAnswer(kase, wrong)

  it('reads back in Russian: its title, the case, the labels and the verdict', async () => {
    const t = translator('ru')
    const request = compose(attemptWith(result), 'ru')
    const { pages, text } = await madeReport(request)
    expect(pages).toHaveLength(1)
    expect(text).toContain('Учебный отчёт — не таможенный документ')
    expect(text).toContain('МДП: хлопок из Алматы в Карачи')
    expect(text).toContain(`Пропущенные графы (${result.findings.length})`)
    expect(text).toContain(`Не зачтено: ${result.score} из 100`)
    expect(text).toContain('(не заполнено)')
    for (const word of wordsOf(t('element.party.name.label'))) expect(text).toContain(word)
  })

  it('reads back in Urdu, right to left, with the codes and numbers as written', async () => {
    const t = translator('ur')
    const request = compose(attemptWith(result), 'ur')
    const { pages, text } = await madeReport(request)
    expect(pages).toHaveLength(1)
    for (const phrase of [
      t('trainingReport.title'),
      t('trainingReport.missed'),
      t('trainingReport.fact.passMark'),
    ]) {
      for (const word of wordsOf(phrase)) expect(text).toContain(word)
    }
    expect(text).toContain('XA99999999')
    expect(text).toContain('999999')
  })
})

describe('the request as it crosses a process boundary', () => {
  const request = compose(attemptWith(scoreAnswer(kase, wrong)))

  it('is taken as a report, and a packet request is still taken as a packet', () => {
    expect(PaperRequestSchema.parse(request)).toEqual(request)
    const packet = { declaration: kase.answer, generatedAt: GENERATED_AT, draft: false }
    expect(PaperRequestSchema.parse(packet)).toEqual(packet)
  })

  it('is refused with an element it does not define, a wrong count or too many misses', () => {
    expect(PaperRequestSchema.safeParse({ ...request, declaration: {} }).success).toBe(false)
    expect(PaperRequestSchema.safeParse({ ...request, missedCount: 0 }).success).toBe(false)
    const many = compose(attemptWith(manyMisses(999)))
    const tooMany = { ...many, misses: [...many.misses, ...many.misses] }
    expect(PaperRequestSchema.safeParse(tooMany).success).toBe(false)
  })
})
