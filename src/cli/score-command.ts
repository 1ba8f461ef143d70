/**
 * `transitdesk score CASE.tdcase.json ANSWER.json [--json] [--today YYYY-MM-DD]`
 * (case-format.md): scores a trainee's declaration against a training case's model answer.
 * Exit 0: passed; 1: not passed; 2: the case or the answer is unreadable (one line on stderr,
 * nothing on stdout), or a usage error. `--json` prints the result with the validator's report
 * rendered as `validate --json` renders it; otherwise the score line, each missed box with its
 * expected and given values and its explanation, the elements added, and the count of the
 * validator's findings — all in the words of `--lang`.
 */
import { readFile, stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { describeFsError } from '../main/core/files'
import { isCalendarDate, localDate } from '../shared/dates'
import { decodeDeclarationBytes } from '../shared/format/read-declaration'
import type { Language } from '../shared/i18n/languages'
import { fromPointer, getAt, type JsonObject, type JsonValue } from '../shared/json'
import { DEFAULT_PASS_MARK, MAX_CASE_FILE_BYTES, type Case } from '../shared/training/case'
import { readCaseText, type ReadCaseResult } from '../shared/training/read-case'
import { scoreAnswer, type ScoreFinding, type ScoreResult } from '../shared/training/score'
import { boxForPointer, describePointer } from '../shared/validation/describe'
import { renderReport, type Translate } from '../shared/validation/finding-text'
import { EXIT, UsageError, type CliIo } from './io'
import { oneLine } from './output'
import { readDeclarationFile } from './read-file'

export const scoreUsage = (t: Translate): string => t('cli.usage.score')

export async function runScore(
  args: string[],
  io: CliIo,
  t: Translate,
  language: Language,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    io.stdout(scoreUsage(t) + '\n')
    return 0
  }
  if (positionals.length !== 2) throw new UsageError(t('cli.problem.scoreNeedsFiles'))
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(t('cli.problem.badToday', { value: values.today }))
  }
  const [caseFile, answerFile] = positionals as [string, string]

  const kase = await readCaseFile(caseFile, t)
  if (typeof kase === 'string') {
    io.stderr(oneLine(kase) + '\n')
    return EXIT.unreadable
  }
  const answer = readDeclarationFile(answerFile, t)
  if (!answer.ok) {
    io.stderr(oneLine(answer.message) + '\n')
    return EXIT.unreadable
  }
  const today = values.today ?? localDate(new Date())
  const result = scoreAnswer(kase, answer.declaration, { today, language })
  if (values.json) {
    const json = { ...result, validation: renderReport(result.validation, t) }
    io.stdout(JSON.stringify(json, null, 2) + '\n')
  } else {
    io.stdout(humanText(kase, result, t))
  }
  return result.passed ? EXIT.valid : EXIT.errors
}

/** The case named on the command line, or why it cannot be read (one sentence). */
async function readCaseFile(file: string, t: Translate): Promise<Case | string> {
  const cannotRead = (reason: string) => t('system.readFailed', { name: file, reason })
  let bytes: Uint8Array
  try {
    const info = await stat(file)
    if (info.isDirectory()) return cannotRead(t('system.fileError.folderNotFile'))
    if (!info.isFile()) return cannotRead(t('system.fileError.notRegular'))
    // Too large: refused from its size, without reading it.
    if (info.size > MAX_CASE_FILE_BYTES) return caseOrReason(readCaseText(file, '', info.size, t))
    bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    return cannotRead(describeFsError(error, t))
  }
  const decoded = decodeDeclarationBytes(file, bytes, t)
  if ('message' in decoded) return decoded.message
  return caseOrReason(readCaseText(file, decoded.text, bytes.byteLength, t))
}

const caseOrReason = (read: ReadCaseResult): Case | string => (read.ok ? read.case : read.message)

/** A value as a line quotes it: a text in the language's quotes, a number, yes / no, nothing. */
function valueText(value: JsonValue, t: Translate): string {
  if (value === null) return t('cli.score.nothing')
  if (typeof value === 'string') return t('validation.value.text', { text: value })
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return t(`validation.value.${value}`)
  return t(`validation.value.${Array.isArray(value) ? 'list' : 'object'}`)
}

/** The running number of the goods item a pointer of the answer lies in (its sequence), if any. */
function itemNumberOf(answer: JsonObject, path: string): number | undefined {
  const parts = fromPointer(path)
  if (parts[0] !== 'consignments' || parts[2] !== 'items' || typeof parts[3] !== 'number') {
    return undefined
  }
  const sequence = getAt(answer, [...parts.slice(0, 4), 'sequence'])
  return typeof sequence === 'number' ? sequence : undefined
}

function findingLines(finding: ScoreFinding, answer: JsonObject, t: Translate): string[] {
  const notes: string[] = []
  const box = boxForPointer(finding.path)
  if (box !== undefined) notes.push(t('issues.box', { box }))
  if (finding.weight !== 1) notes.push(t('cli.score.weight', { weight: finding.weight }))
  if (finding.critical) notes.push(t('cli.score.critical'))
  if (finding.hinted) notes.push(t('cli.score.hinted'))
  if (finding.givenPath !== undefined) {
    notes.push(t('cli.score.givenAt', { path: finding.givenPath }))
  }
  let line = t('cli.score.missed', {
    path: finding.path,
    what: describePointer(finding.path, t, itemNumberOf(answer, finding.path)),
    expected: valueText(finding.expected, t),
    given: valueText(finding.given, t),
  })
  if (notes.length > 0) {
    line += ' ' + t('cli.score.notes', { notes: notes.join(t('validation.listSeparator')) })
  }
  const lines = [oneLine(line)]
  if (finding.explanation !== undefined) {
    // Markdown of several lines, told on one line under its box.
    const explanation = finding.explanation.replace(/\s+/gu, ' ').trim()
    lines.push('  ' + oneLine(t('cli.score.why', { explanation })))
  }
  return lines
}

function humanText(kase: Case, result: ScoreResult, t: Translate): string {
  const passMark = kase.scoring?.passMark ?? DEFAULT_PASS_MARK
  const verdict = result.passed
    ? 'passed'
    : result.score >= passMark
      ? 'notPassedCritical'
      : 'notPassed'
  const lines = [t(`cli.score.${verdict}`, { score: result.score, passMark })]
  for (const finding of result.findings) lines.push(...findingLines(finding, kase.answer, t))
  for (const extra of result.extras) lines.push(oneLine(t('cli.score.extra', { path: extra.path })))
  const { errors, warnings } = result.validation
  lines.push(
    t('cli.score.validation', {
      errors: t('cli.errors', { count: errors.length }),
      warnings: t('cli.warnings', { count: warnings.length }),
    }),
  )
  return lines.map((line) => line + '\n').join('')
}
