/**
 * "Make a case from this declaration": the authoring form's values and an open declaration
 * become a case file `transitdesk.case/1` (case-format.md) whose model answer is the declaration.
 *
 * The answer is the declaration as a trainee makes it, before lodgement: its movement record and
 * the number customs gave it (MRN) are left out — a trainee cannot know either, and the scorer
 * would otherwise count the MRN as a box to fill. The built case is then read back with the
 * app's own case reader (read-case.ts), so a case is saved only if the app will open it again:
 * a declaration with errors is refused with the validator's first error, a bad id or pass mark
 * with the reader's words. Never throws, whatever the form holds.
 */
import { englishText } from '../i18n/en/english-text'
import { MAX_NESTING_DEPTH } from '../format/constants'
import { utf8Length } from '../format/export-declaration'
import { isJsonData, isJsonObject, toPointer, type JsonObject, type JsonValue } from '../json'
import type { Translate } from '../validation/describe'
import { findingText } from '../validation/finding-text'
import { validateDeclaration } from '../validation/validate'
import { CASE_FORMAT, MAX_CASE_FILE_BYTES, type Case, type Text } from './case'
import { readCase } from './read-case'

/** Texts asked for in English and Russian, as the shipped cases carry them. */
export interface TwoLanguages {
  en: string
  ru: string
}

export interface CaseFormSource {
  kind: string
  title: string
  /** Markdown */
  content: string
}

export interface CaseFormReference {
  title: string
  url: string
}

/** The authoring form's values, as typed (numbers as the fields hold them). */
export interface CaseForm {
  id: string
  title: TwoLanguages
  level: string | number
  brief: TwoLanguages
  sources: CaseFormSource[]
  /** pointers into the declaration: the boxes that must match for a pass */
  critical: string[]
  /** blank: the default pass mark */
  passMark: string | number
  /** blank: no time limit */
  timeLimitMinutes: string | number
  references: CaseFormReference[]
}

export type AuthoredCase =
  { ok: true; case: Case; text: string; fileName: string } | { ok: false; message: string }

/** Elements of a declaration that never go into a case's answer (see the top of this file). */
const LEFT_OUT = ['movement', 'mrn'] as const
/** Elements a trainee is not scored on (score.ts): never offered as critical boxes. */
const UNSCORED = new Set<string>(['format', 'lrn', 'declarationDate', ...LEFT_OUT])

/** The case's file name: "<id>.tdcase.json". */
export const caseFileName = (id: string): string => `${id.trim() || 'case'}.tdcase.json`

/** A blank form for a declaration: an id from its LRN, the rest to fill in. */
export function blankCaseForm(declaration: unknown): CaseForm {
  const lrn =
    isJsonObject(declaration) && typeof declaration.lrn === 'string' ? declaration.lrn : ''
  const id = lrn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
  return {
    id,
    title: { en: '', ru: '' },
    level: 1,
    brief: { en: '', ru: '' },
    sources: [],
    critical: [],
    passMark: '',
    timeLimitMinutes: '',
    references: [],
  }
}

/** The model answer made from a declaration: a copy without its movement record and MRN. */
export function answerFrom(declaration: JsonObject): JsonObject {
  const answer: JsonObject = {}
  for (const [key, value] of Object.entries(declaration)) {
    if (!(LEFT_OUT as readonly string[]).includes(key)) answer[key] = value
  }
  return answer
}

/**
 * Why the declaration cannot be a case's answer: the validator's first error, as the case reader
 * words it; undefined when it can. (The same check read-case.ts makes, asked before the form is
 * filled in, so the author learns it first.)
 */
export function answerProblem(
  declaration: unknown,
  t: Translate = englishText,
): string | undefined {
  if (!isJsonObject(declaration)) return t('caseAuthor.noDeclaration')
  const first = validateDeclaration(answerFrom(declaration), { today: '' }).errors[0]
  return first && t('caseAuthor.declarationInvalid', { finding: findingText(first, t) })
}

/**
 * The leaves of the declaration a case may mark critical, in document order: every value the
 * trainee is scored on.
 */
export function criticalChoices(declaration: unknown): string[] {
  if (!isJsonObject(declaration)) return []
  const pointers: string[] = []
  const walk = (value: unknown, path: (string | number)[]) => {
    if (path.length > MAX_NESTING_DEPTH) return
    if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, [...path, index]))
    else if (isJsonObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (path.length === 0 && UNSCORED.has(key)) continue
        walk(child, [...path, key])
      }
    } else if (value !== null && value !== undefined) pointers.push(toPointer(path))
  }
  walk(declaration, [])
  return pointers
}

/** Builds the case file from the form and the declaration, or says why it cannot. */
export function buildCase(
  form: CaseForm,
  declaration: unknown,
  t: Translate = englishText,
): AuthoredCase {
  const refuse = (reason: string): AuthoredCase => ({
    ok: false,
    message: t('caseAuthor.refused', { reason }),
  })
  try {
    const problem = answerProblem(declaration, t)
    if (problem !== undefined) return { ok: false, message: problem }
    const value = caseValue(form, declaration as JsonObject)
    const fileName = caseFileName(plain(form.id))
    // The reader's sentence names the file; here the reason alone is wanted.
    const reasonOnly: Translate = (key, options) =>
      key === 'read.refused' ? String(options?.reason ?? '') : t(key, options)
    const read = readCase(value, fileName, reasonOnly)
    if (!read.ok) return refuse(read.message)
    const text = `${JSON.stringify(read.case, null, 2)}\n`
    if (utf8Length(text) > MAX_CASE_FILE_BYTES) {
      return refuse(t('caseAuthor.tooLarge', { limit: `${MAX_CASE_FILE_BYTES / 1024 / 1024} MiB` }))
    }
    return { ok: true, case: read.case, text, fileName }
  } catch (error) {
    // A fault of this builder, not of the form: still one sentence, never a throw.
    return refuse(String(error))
  }
}

/** The case object the form describes (checked afterwards by the case reader). */
function caseValue(form: CaseForm, declaration: JsonObject): JsonObject {
  const answer = answerFrom(declaration)
  const kase: JsonObject = {
    format: CASE_FORMAT,
    id: plain(form.id),
    title: twoLanguages(form.title),
    level: numberOrText(form.level),
    procedure: answer.procedure ?? null,
    brief: twoLanguages(form.brief),
    sources: (Array.isArray(form.sources) ? form.sources : [])
      .filter((s) => plain(s?.title) !== '' || plain(s?.content) !== '')
      .map((s) => ({ kind: plain(s.kind), title: plain(s.title), content: markdown(s.content) })),
    answer,
  }
  const scoring: JsonObject = {}
  const passMark = numberOrText(form.passMark)
  if (passMark !== '') scoring.passMark = passMark
  const critical = [...new Set(Array.isArray(form.critical) ? form.critical : [])]
  if (critical.length > 0) scoring.critical = critical.map((p) => String(p))
  if (Object.keys(scoring).length > 0) kase.scoring = scoring
  const limit = numberOrText(form.timeLimitMinutes)
  if (limit !== '') kase.timeLimitMinutes = limit
  const references = (Array.isArray(form.references) ? form.references : [])
    .filter((r) => plain(r?.title) !== '' || plain(r?.url) !== '')
    .map((r): JsonObject => {
      const url = plain(r.url)
      return url === '' ? { title: plain(r.title) } : { title: plain(r.title), url }
    })
  if (references.length > 0) kase.references = references
  if (!isJsonData(kase, MAX_NESTING_DEPTH + 2)) throw new Error('the case is not JSON data')
  return kase
}

/** A field's text, trimmed; anything that is not a text is blank. */
function plain(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}

/** Markdown keeps its line breaks and indentation; only blank lines at either end go. */
function markdown(value: unknown): string {
  return typeof value === 'string' ? value.replace(/^\s*\n|\s+$/g, '') : ''
}

/** Both languages when both are given, the one given alone as a plain text, else blank. */
function twoLanguages(value: Partial<TwoLanguages> | undefined): Text {
  const en = plain(value?.en)
  const ru = plain(value?.ru)
  if (en !== '' && ru !== '') return { en, ru }
  return en !== '' ? en : ru
}

/**
 * A number typed in a field: as a number when it reads as one ("80", " 45 ", "7,5"), else the
 * text as typed (the reader then names what is wrong with it); blank when nothing was typed.
 */
function numberOrText(value: unknown): JsonValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  const text = plain(value)
  if (text === '') return ''
  const number = Number(text.replace(',', '.'))
  return Number.isFinite(number) ? number : text
}
