/**
 * Reading a case file `transitdesk.case/1` (case-format.md): the text of a file, or a value
 * already parsed (a case shipped with the app), becomes a typed Case or is refused with one
 * sentence naming the file and exactly what is wrong — the first fault found, in the words of
 * the catalogue (`read.*` for what any JSON file may get wrong, `training.read.*` for a case).
 *
 * Beyond the format's table, a case is refused when it holds an element the format does not
 * define (a misspelt "explanation" would otherwise lose every explanation without a word), when
 * a pointer of its scoring or explanations names no element of its answer, when its procedure is
 * not its answer's, and — as case-format.md asks — when its answer is not a valid declaration:
 * with the validator's first error. The answer is validated without a date of today, so that a
 * case does not become unreadable as the calendar moves on.
 */
import { englishText } from '../i18n/en/english-text'
import { DECLARATION_FORMAT, MAX_NESTING_DEPTH, PROCEDURES } from '../format/constants'
import { formatMiB } from '../format/read-declaration'
import { isJsonObject, toPointer, type JsonObject, type JsonPath } from '../json'
import type { Translate } from '../validation/describe'
import { findingText } from '../validation/finding-text'
import { validateDeclaration } from '../validation/validate'
import {
  CASE_FORMAT,
  CASE_ID_PATTERN,
  CASE_LEVELS,
  CASE_LIMITS,
  MAX_CASE_FILE_BYTES,
  type Case,
} from './case'
import { readExplanations, readReferences, readScoring, readSources, readSteps } from './case-parts'
import { CaseReader, Refusal, shown } from './case-reader'

export type ReadCaseResult = { ok: true; case: Case } | { ok: false; message: string }

const CASE_ELEMENTS = [
  'format',
  'id',
  'title',
  'level',
  'procedure',
  'brief',
  'sources',
  'start',
  'answer',
  'scoring',
  'explanations',
  'customs',
  'timeLimitMinutes',
  'references',
] as const

/** A case holds a declaration one level down: its lists and objects may nest one deeper. */
const MAX_CASE_NESTING = MAX_NESTING_DEPTH + 1
/**
 * @param text the file decoded as strict UTF-8 (decodeDeclarationBytes)
 * @param byteLength the file's size, checked before anything else
 */
export function readCaseText(
  fileName: string,
  text: string,
  byteLength: number,
  t: Translate = englishText,
): ReadCaseResult {
  const refuse = (reason: string): ReadCaseResult => ({
    ok: false,
    message: t('read.refused', { file: fileName, reason }),
  })
  if (byteLength > MAX_CASE_FILE_BYTES) {
    return refuse(
      t('training.read.tooLarge', {
        size: formatMiB(byteLength),
        limit: `${MAX_CASE_FILE_BYTES / (1024 * 1024)} MiB`,
      }),
    )
  }
  if (byteLength === 0 || text.trim() === '') return refuse(t('read.empty'))
  if (text.includes('\u0000')) return refuse(t('read.notUtf8'))
  let parsed: unknown
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const detail = (error as Error).message.replace(/[\s\p{Cc}]+/gu, ' ').trim()
    return refuse(t('read.notJson', { detail }))
  }
  return readCase(parsed, fileName, t)
}

/** A parsed value (any at all) as a case, or the reason it is none. Never throws. */
export function readCase(
  value: unknown,
  fileName: string,
  t: Translate = englishText,
): ReadCaseResult {
  try {
    return { ok: true, case: readCaseValue(value, new CaseReader(t), t) }
  } catch (error) {
    // Anything but a refusal is a fault of this reader: still one sentence, never a throw.
    const reason = error instanceof Refusal ? error.message : String(error)
    return { ok: false, message: t('read.refused', { file: fileName, reason }) }
  }
}

function readCaseValue(value: unknown, r: CaseReader, t: Translate): Case {
  if (!isJsonObject(value)) return r.fail('notObject')
  if (!Object.hasOwn(value, 'format')) {
    throw new Refusal(t('read.noFormat', { expected: CASE_FORMAT }))
  }
  if (value.format !== CASE_FORMAT) {
    const format = JSON.stringify(value.format).slice(0, 60)
    throw new Refusal(t('read.otherFormat', { format, expected: CASE_FORMAT }))
  }
  checkPlainData(value, [], r)
  r.onlyKnown(value, [], CASE_ELEMENTS)
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined)

  const id = own('id')
  if (typeof id !== 'string' || !CASE_ID_PATTERN.test(id)) {
    if (id === undefined) r.missing(['id'])
    r.wrong(['id'], id, 'id')
  }
  const title = r.text(own('title'), ['title'], CASE_LIMITS.title)
  const level = r.oneOf(own('level'), ['level'], CASE_LEVELS)
  const procedure = r.oneOf(own('procedure'), ['procedure'], PROCEDURES)
  const brief = r.text(own('brief'), ['brief'])
  const sources = readSources(own('sources'), r)
  const start =
    own('start') === undefined ? undefined : readDeclarationObject(own('start'), ['start'], r)
  const answer = readAnswer(own('answer'), r, t)
  if (answer.procedure !== procedure) {
    r.fail('procedure', { procedure, answer: String(answer.procedure) })
  }
  const read: Case = { format: CASE_FORMAT, id, title, level, procedure, brief, sources, answer }
  if (start !== undefined) read.start = start
  if (own('scoring') !== undefined) read.scoring = readScoring(own('scoring'), answer, r)
  if (own('explanations') !== undefined) {
    read.explanations = readExplanations(own('explanations'), answer, r)
  }
  if (own('customs') !== undefined) read.customs = readSteps(own('customs'), r)
  if (own('timeLimitMinutes') !== undefined) {
    const { min, max } = CASE_LIMITS.timeLimitMinutes
    read.timeLimitMinutes = r.number(own('timeLimitMinutes'), ['timeLimitMinutes'], min, max, true)
  }
  if (own('references') !== undefined) read.references = readReferences(own('references'), r)
  return read
}

/**
 * Refuses what JSON.parse accepts but a case cannot carry: nesting deeper than a declaration
 * has (any walk over it would run out of stack) and numbers that overflowed to ±Infinity.
 * The walk stops at the depth limit, so it is safe on any value.
 */
function checkPlainData(value: unknown, path: (string | number)[], r: CaseReader): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Refusal(r.t('read.notFinite', { path: shown(toPointer(path)) }))
  }
  if (typeof value !== 'object' || value === null) return
  if (path.length >= MAX_CASE_NESTING) r.fail('tooDeep', { max: MAX_CASE_NESTING })
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value)
  for (const [key, child] of entries) {
    path.push(key)
    checkPlainData(child, path, r)
    path.pop()
  }
}

/** An object of the declaration format (complete or not). */
function readDeclarationObject(value: unknown, path: JsonPath, r: CaseReader): JsonObject {
  if (value === undefined) r.missing(path)
  if (!isJsonObject(value) || value.format !== DECLARATION_FORMAT) {
    r.wrong(path, value, 'declaration', { format: DECLARATION_FORMAT })
  }
  return value
}

/** The model answer: a declaration the validator finds no error in. */
function readAnswer(value: unknown, r: CaseReader, t: Translate): JsonObject {
  const answer = readDeclarationObject(value, ['answer'], r)
  const first = validateDeclaration(answer, { today: '' }).errors[0]
  // The finding is a sentence; the refusal that quotes it ends with its own full stop.
  const finding = first && findingText(first, t).replace(/[.。۔]\s*$/u, '')
  if (finding !== undefined) r.fail('answerInvalid', { finding })
  return answer
}
