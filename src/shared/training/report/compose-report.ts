/**
 * The training report's request, worded: what the instructor reads about an attempt — the case,
 * procedure, level, mode, trainee, when, how long, the score against the pass mark, the hints
 * used, the validator's counts and each missed box with what was expected, what was given and
 * why — in the reader's language, through the catalogue's `trainingReport.*` words and its
 * element labels. Pure: the window composes it, a worker draws it (render.ts).
 */
import { APP_NAME } from '../../app-identity'
import { localDate } from '../../dates'
import type { Language } from '../../i18n/languages'
import { formatLocalDate } from '../../i18n/local-format'
import type { JsonValue } from '../../json'
import type { Translate } from '../../validation/describe'
import { DEFAULT_PASS_MARK, type Case } from '../case'
import { explanationFor } from '../explain'
import type { ScoreFinding } from '../score'
import { pickText } from '../text'
import type { FinishedAttempt } from './attempt-export'
import { elementName } from './element-label'
import {
  MAX_LISTED_MISSES,
  MORE_PLACEHOLDER,
  TRAINING_REPORT,
  type TrainingReportFact,
  type TrainingReportMiss,
  type TrainingReportRequest,
  type TrainingReportWords,
} from './request'

export interface ComposeOptions {
  t: Translate
  language: Language
  /** the trainee's name as typed for this report; left out when blank */
  traineeName?: string
  /** ISO time the report is made (the footer's and the PDF's date) */
  generatedAt: string
}

/** The longest trainee name printed (a name box, not a letter). */
const MAX_NAME = 120

export function composeTrainingReport(
  kase: Case,
  attempt: FinishedAttempt,
  options: ComposeOptions,
): TrainingReportRequest {
  const { t, language } = options
  const { result } = attempt
  const passMark = kase.scoring?.passMark ?? DEFAULT_PASS_MARK
  return {
    kind: TRAINING_REPORT,
    generatedAt: options.generatedAt,
    language,
    words: reportWords(t, options.generatedAt, language),
    verdict: verdict(t, result.score, passMark, result.passed),
    passed: result.passed,
    facts: facts(kase, attempt, options, passMark),
    misses: result.findings
      .slice(0, MAX_LISTED_MISSES)
      .map((finding) => miss(kase, finding, t, language)),
    missedCount: result.findings.length,
  }
}

function reportWords(t: Translate, generatedAt: string, language: Language): TrainingReportWords {
  return {
    title: t('trainingReport.title'),
    notice: t('trainingReport.notice'),
    missed: t('trainingReport.missed'),
    element: t('trainingReport.column.element'),
    expected: t('trainingReport.column.expected'),
    given: t('trainingReport.column.given'),
    critical: t('trainingReport.column.critical'),
    explanation: t('trainingReport.column.explanation'),
    criticalMark: t('trainingReport.criticalMark'),
    none: t('trainingReport.none'),
    // The number is only known once the page is laid out: the paper puts it in.
    more: t('trainingReport.more', { number: MORE_PLACEHOLDER }),
    footer: t('trainingReport.footer', { at: dateTime(generatedAt, language), app: APP_NAME }),
  }
}

function verdict(t: Translate, score: number, passMark: number, passed: boolean): string {
  if (passed) return t('trainingReport.verdict.passed', { score, passMark })
  // Enough points, but a critical box missed: say so, or the verdict reads like a mistake.
  if (score >= passMark) return t('trainingReport.verdict.critical', { score, passMark })
  return t('trainingReport.verdict.failed', { score, passMark })
}

function facts(
  kase: Case,
  attempt: FinishedAttempt,
  options: ComposeOptions,
  passMark: number,
): TrainingReportFact[] {
  const { t, language } = options
  const fact = (key: string, value: string): TrainingReportFact => ({
    label: t(`trainingReport.fact.${key}`),
    value,
  })
  const name = (options.traineeName ?? '').replace(/\s+/gu, ' ').trim().slice(0, MAX_NAME)
  const { validation } = attempt.result
  const limit = attempt.mode === 'exam' ? kase.timeLimitMinutes : undefined
  const list: TrainingReportFact[] = [
    { ...fact('case', pickText(kase.title, language)), wide: true },
    fact('procedure', t(`code.procedure.${kase.procedure}`, { defaultValue: kase.procedure })),
    fact('level', t(`trainingReport.level.${kase.level}`)),
    fact('mode', t(`trainingReport.mode.${attempt.mode}`)),
    fact('submitted', dateTime(attempt.submittedAt, language)),
    fact(
      'timeTaken',
      limit === undefined
        ? duration(attempt.timeTakenMs)
        : t('trainingReport.timeOfLimit', {
            taken: duration(attempt.timeTakenMs),
            limit: duration(limit * 60_000),
          }),
    ),
    fact('score', t('trainingReport.scoreOf', { score: attempt.result.score })),
    fact('passMark', String(passMark)),
    fact('hints', String(attempt.hints.length)),
    fact(
      'validator',
      [
        t('trainingReport.errors', { count: validation.errors.length }),
        t('trainingReport.warnings', { count: validation.warnings.length }),
      ].join(', '),
    ),
  ]
  if (name !== '') list.splice(1, 0, { ...fact('trainee', name), wide: true })
  return list
}

function miss(
  kase: Case,
  finding: ScoreFinding,
  t: Translate,
  language: Language,
): TrainingReportMiss {
  const { label, boxes } = elementName(finding.path, t)
  const given = finding.given === null ? t('trainingReport.leftOut') : value(finding.given, t)
  return {
    element: label,
    boxes,
    expected: value(finding.expected, t),
    given: finding.hinted ? `${given} · ${t('trainingReport.hinted')}` : given,
    critical: finding.critical,
    explanation: explanationFor(kase, finding.path, language) ?? finding.explanation ?? '',
  }
}

/** A value as the report prints it: as the file writes it, yes / no for booleans. */
function value(v: JsonValue, t: Translate): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return t(v ? 'trainingReport.yes' : 'trainingReport.no')
  // The trainee wrote a list or an object where the answer has one value.
  return JSON.stringify(v) ?? ''
}

/** "1:02:05" or "12:05" (hours only when there are any). */
export function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 1000 : 0))
  const pad = (n: number) => String(n).padStart(2, '0')
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** A moment as the reader's calendar and clock show it: "04.02.2026 10:15"; the text itself when it is no time. */
function dateTime(iso: string, language: Language): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${formatLocalDate(localDate(at), language)} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}
