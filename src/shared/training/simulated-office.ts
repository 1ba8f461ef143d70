/**
 * The simulated customs office of trainee mode (issue 19; case-format.md, `customs`). When the
 * trainee's declaration reaches a holder's act (lodged, amendment lodged, cancellation requested,
 * arrived), the office answers as customs would — with lifecycle events recorded by `customs`
 * through record-event.ts, so the trainee sees and acts on them on the Movement tab as on a real
 * movement:
 *
 * 1. An act that carries the declaration (lodging, an amendment) is first checked as customs'
 *    system would: when the validator finds errors the office rejects it (IE056), naming each
 *    error's place with an NCTS functional error code — unless the case scripts a rejection of
 *    its own.
 * 2. Else the case's steps whose `after` is the act answer it, in the case's order. A scripted
 *    rejection answers only the act's first occurrence, so a corrected declaration gets through.
 * 3. Else the office answers from the declaration itself: lodged → accepted (an MRN for T1, T2
 *    and TIR, a registration number for EAEU and national transit), a control decision (risk
 *    lane, see riskLane) and release; an amendment → accepted (and release, when the goods wait
 *    for it); a cancellation request before release → cancelled; arrival → written off (T1, T2)
 *    or discharged.
 *
 * Pure: the time, the words and the seed of the numbers it gives are handed in. docs/training-ui.md
 * tells the rules in plain words.
 */
import type { JsonObject } from '../json'
import { declarationView, type DeclarationView } from '../model/view'
import { eventDetail } from '../movement/event-text'
import { movementState } from '../movement/movement-state'
import { recordEvent, type NewEvent } from '../movement/record-event'
import { STEPS, type MovementEventType } from '../movement/steps'
import type { Translate } from '../validation/describe'
import { iso6346CheckDigit } from '../validation/identifiers'
import type { Finding } from '../validation/report'
import { validateDeclaration } from '../validation/validate'
import type { Case, CustomsStep } from './case'
import { pickText } from './text'

export type RiskLane = 'green' | 'yellow' | 'red'

export interface OfficeOptions {
  /** when the office answers; each further reply is one second later */
  at: Date
  /** the words of the replies, in the trainee's language */
  t: Translate
  /** the language a case's scripted texts are read in */
  language: string
  /** what the numbers the office gives are made from (the attempt's id): the same seed, the same numbers */
  seed: string
}

export interface OfficeAnswer {
  /** the declaration with the office's replies recorded */
  document: JsonObject
  /** the replies recorded, in order (none: nothing to answer) */
  replies: MovementEventType[]
  /** replies that could not be recorded now (a case's step out of sequence), with the reason */
  refused: { event: MovementEventType; reason: Error }[]
  /** the control decision's lane, when the office chose one by its rules */
  lane?: RiskLane
}

/**
 * The holder's act the office has still to answer: the movement's last event, when it is the
 * holder's own (null when customs spoke last, or nothing happened yet).
 */
export function actToAnswer(document: JsonObject): MovementEventType | null {
  const events = declarationView(document).movement.events
  const last = events.at(-1)
  if (last === undefined || last.by === 'customs') return null
  const type = last.type as MovementEventType
  return Object.hasOwn(STEPS, type) && STEPS[type].by === 'holder' ? type : null
}

/**
 * The NCTS functional error code (code list CL180, "AES/NCTS P5 Functional Error Codes", as in
 * HMRC's copy of the phase 5/6 schemas: src/shared/ncts/xsd/tcl.xsd) of a validator finding:
 * 13 "condition violation (missing)" for an element that is required, 15 "condition violation
 * (not allowed)" for one that must not be there, 12 "codelist violation" for a value outside
 * its code list, 14 "rule violation" for everything else.
 */
export function functionalErrorCode(rule: string): string {
  if (rule.endsWith('required') || rule === 'structure.count') return '13'
  if (rule.endsWith('unexpected') || rule === 'guarantee.procedure') return '15'
  if (rule.startsWith('code.') || rule === 'structure.enum' || rule === 'hs.subheading') return '12'
  return '14'
}

/**
 * The lane of the office's own control decision: red (physical examination) for heavy or bulky
 * goods or dangerous goods; yellow (documentary check) when the checks have warnings for the
 * declaration; green (no control) otherwise.
 */
export function riskLane(view: DeclarationView, warnings: readonly Finding[]): RiskLane {
  const dangerous = view.items.some((item) => item.dangerousGoods.length > 0)
  if (view.transport.heavyOrBulky || dangerous) return 'red'
  return warnings.length > 0 ? 'yellow' : 'green'
}

const MRN_CHARACTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** `length` characters of `alphabet` that follow from `seed` (FNV-1a, then a simple generator). */
function charactersOf(seed: string, length: number, alphabet: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193)
  let out = ''
  for (let i = 0; i < length; i++) {
    hash = (Math.imul(hash, 1103515245) + 12345) >>> 0
    out += alphabet[(hash >>> 8) % alphabet.length]
  }
  return out
}

/**
 * An MRN in the shape NCTS gives it (validation/identifiers.ts, checkMrn): two digits of the
 * year, the country of the office of departure, twelve characters, J for a transit declaration
 * without security data (NCTS rule R0410, docs/rules.md), and the ISO 6346 check character.
 */
export function simulatedMrn(at: Date, country: string, seed: string): string {
  const year = String(at.getUTCFullYear() % 100).padStart(2, '0')
  const body = `${year}${/^[A-Z]{2}$/.test(country) ? country : 'XX'}${charactersOf(seed, 12, MRN_CHARACTERS)}J`
  return body + String(iso6346CheckDigit(body))
}

/**
 * A registration number of an EAEU transit declaration, CODE/DDMMYY/NNNNNNN (identifiers.ts,
 * tdNumberDate): the office of departure's code when it is one of 2, 5 or 8 digits, the date, a
 * serial.
 * A national transit gets the same shape, with the office's own reference when it has one.
 */
export function simulatedRegistration(at: Date, office: string, seed: string): string {
  const code = /^([0-9]{2}|[0-9]{5}|[0-9]{8})$/.test(office) ? office : '00000000'
  const date = at.toISOString().slice(0, 10)
  const ddmmyy = `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`
  return `${code}/${ddmmyy}/${charactersOf(seed, 7, '0123456789')}`
}

const NCTS_PROCEDURES = new Set(['T1', 'T2', 'TIR'])
const CARRIES_DECLARATION = new Set<MovementEventType>(['lodged', 'amendmentLodged'])
const REJECTIONS = new Set<MovementEventType>(['rejected', 'amendmentRejected'])

/** One answer under way: the declaration as it stands, the replies so far. */
class Answering {
  readonly replies: MovementEventType[] = []
  readonly refused: OfficeAnswer['refused'] = []

  constructor(
    public document: JsonObject,
    readonly options: OfficeOptions,
  ) {}

  get view(): DeclarationView {
    return declarationView(this.document)
  }

  /** Records a reply of customs; a reply that cannot be recorded now is set aside with why. */
  reply(type: MovementEventType, texts: { detail?: string; message?: string; reference?: string }) {
    const at = new Date(this.options.at.getTime() + this.replies.length * 1000)
    const procedure = this.view.procedure
    const message = texts.message ?? (NCTS_PROCEDURES.has(procedure) ? STEPS[type].ncts : undefined)
    const event: NewEvent = { type, at: at.toISOString(), by: 'customs' }
    if (message) event.message = message
    if (texts.detail) event.detail = texts.detail
    if (texts.reference) event.reference = texts.reference
    try {
      this.document = recordEvent(this.document, event)
      this.replies.push(type)
    } catch (error) {
      this.refused.push({ event: type, reason: error as Error })
    }
  }
}

/** The office's answer to the holder's last act, if it is still unanswered. */
export function answerAct(kase: Case, document: JsonObject, options: OfficeOptions): OfficeAnswer {
  const act = actToAnswer(document)
  const answering = new Answering(document, options)
  if (act === null) return { document, replies: [], refused: [] }
  const { t } = options
  let lane: RiskLane | undefined

  const report = CARRIES_DECLARATION.has(act)
    ? validateDeclaration(document, { today: '' })
    : undefined
  const errors = report?.errors.filter((finding) => finding.rule !== 'lrn.unique') ?? []
  const steps = scriptedSteps(kase, document, act)
  const scriptedRejection = steps.some((step) => REJECTIONS.has(step.event))

  if (errors.length > 0 && !scriptedRejection) {
    const places = errors.map((f) => `${functionalErrorCode(f.rule)} ${f.path || '/'}`)
    // "… codes and places: 13 /holder; 12 /countryOfDispatch; … +5"
    places[0] = `${t('trainee.office.rejected', { count: errors.length })}: ${places[0]}`
    answering.reply(act === 'lodged' ? 'rejected' : 'amendmentRejected', {
      message: 'IE056',
      detail: eventDetail(places),
    })
  } else if (steps.length > 0) {
    for (const step of steps) answering.reply(step.event, scriptedTexts(step, answering, options))
  } else {
    lane = answerByRules(act, answering, report?.warnings ?? [], t)
  }
  return {
    document: answering.document,
    replies: answering.replies,
    refused: answering.refused,
    ...(lane ? { lane } : {}),
  }
}

/** The case's steps for `act`; a scripted rejection only for the act's first occurrence. */
function scriptedSteps(kase: Case, document: JsonObject, act: MovementEventType): CustomsStep[] {
  const steps = (kase.customs ?? []).filter((step) => step.after === act)
  const occurrences = declarationView(document).movement.events.filter((e) => e.type === act)
  if (occurrences.length <= 1) return steps
  return steps.filter((step) => !REJECTIONS.has(step.event))
}

/** A scripted step's words, and the number or office reference its event needs. */
function scriptedTexts(step: CustomsStep, answering: Answering, options: OfficeOptions) {
  const parts: string[] = []
  if (step.detail !== undefined) parts.push(pickText(step.detail, options.language))
  for (const error of step.errors ?? []) parts.push(`${error.code ?? '14'} ${error.path}`)
  return {
    ...(parts.length > 0 ? { detail: eventDetail(parts) } : {}),
    ...(step.message ? { message: step.message } : {}),
    ...referenceFor(step.event, answering.view, options),
  }
}

/** What an event brings: the number customs give, or the office a TIR step happens at. */
function referenceFor(
  type: MovementEventType,
  view: DeclarationView,
  options: OfficeOptions,
): { reference?: string } {
  const departure = view.officeOfDeparture
  const country = departure?.country || departure?.reference.slice(0, 2) || view.countryOfDispatch
  if (type === 'mrnAllocated') return { reference: simulatedMrn(options.at, country, options.seed) }
  if (type === 'registered') {
    const office = departure?.reference ?? ''
    return { reference: simulatedRegistration(options.at, office, options.seed) }
  }
  if (type === 'tirStarted' || type === 'tirTerminated') {
    const state = movementState(view.movement)
    const at =
      type === 'tirTerminated'
        ? state.tirStarted.at(-1)
        : view.countriesOfRouting.find((c) => !state.tirStarted.includes(c))
    if (at === undefined) return {}
    const offices = [departure, ...view.officesOfTransit, view.officeOfDestination]
    const office = offices.find((o) => o?.reference.startsWith(at) || o?.country === at)
    return { reference: office?.reference.startsWith(at) ? office.reference : `${at}000000` }
  }
  return {}
}

/** The office's own answer to `act`, read from the declaration; the lane it chose, if any. */
function answerByRules(
  act: MovementEventType,
  answering: Answering,
  warnings: readonly Finding[],
  t: Translate,
): RiskLane | undefined {
  const { options } = answering
  const release = () => answering.reply('released', { detail: t('trainee.office.released') })
  switch (act) {
    case 'lodged': {
      const view = answering.view
      const numbered = NCTS_PROCEDURES.has(view.procedure) ? 'mrnAllocated' : 'registered'
      answering.reply(numbered, {
        detail: t('trainee.office.accepted'),
        ...referenceFor(numbered, view, options),
      })
      const lane = riskLane(view, warnings)
      answering.reply('controlDecided', { detail: t(`trainee.office.lane.${lane}`) })
      release()
      return lane
    }
    case 'amendmentLodged': {
      answering.reply('amendmentAccepted', { detail: t('trainee.office.amendmentAccepted') })
      if (movementState(answering.view.movement).status === 'accepted') release()
      return undefined
    }
    case 'cancellationRequested':
      answering.reply('cancelled', { detail: t('trainee.office.cancelled') })
      return undefined
    case 'arrived': {
      const procedure = answering.view.procedure
      const end = procedure === 'T1' || procedure === 'T2' ? 'writtenOff' : 'discharged'
      answering.reply(end, { detail: t('trainee.office.discharged') })
      return undefined
    }
    default:
      return undefined
  }
}
