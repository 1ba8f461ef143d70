/**
 * Recording what happened to a movement: an event is checked against the steps (steps.ts) and
 * the movement's state, and either recorded — the status moves on, and the facts it brings
 * (the MRN, customs' seals and time limit) land in the declaration — or refused with one
 * sentence, the document unchanged. The only way a movement changes.
 */
import { isCalendarDate, isDateTime } from '../dates'
import { LIMITS, type Procedure } from '../format/constants'
import { maxLengthOf } from '../format/elements'
import type { JsonObject, JsonValue } from '../json'
import { declarationView } from '../model/view'
import { customsNumberFindings } from '../validation/check-header'
import { codeWord, FindingError, WordedError, type CodeWord } from '../worded-error'
import { EVENT_TEXT_LIMITS } from './event-text'
import { movementState, tirStepCountry, type MovementState } from './movement-state'
import { FINAL_STATUSES, STEPS, type MovementEventType, type MovementStatus } from './steps'

export interface NewEvent {
  type: MovementEventType
  /** ISO 8601 date-time with offset */
  at: string
  reference?: string
  detail?: string
  /** the customs message it was read from (CC029C …) */
  message?: string
  /** who recorded it: the user's name, or `customs` */
  by?: string
}

/** What a release brings with it (IE029, or the office's paper). */
export interface ReleaseFacts {
  /** the date by which the goods must be presented at destination */
  limitDate?: string
  /** the seals customs affixed; they replace the declared ones */
  seals?: readonly string[]
}

const refuse = (key: string, values: Record<string, unknown> = {}): never => {
  throw new WordedError(`movement.problem.${key}`, values)
}

/** The facts of the declaration the checks read. */
interface Facts {
  procedure: Procedure
  routing: string[]
  destination: string
  vouchers: number
}

function factsOf(document: JsonObject): Facts {
  const view = declarationView(document)
  return {
    procedure: view.procedure as Procedure,
    routing: view.countriesOfRouting,
    destination: view.countryOfDestination,
    vouchers: Number(view.guarantee.vouchers) || 0,
  }
}

/**
 * Why `event` may not be recorded now; nothing when it may. Throws the refusal. `probe`: asks
 * whether an event of this type could be recorded at all, its reference still to be entered.
 */
function check(
  event: NewEvent,
  state: MovementState,
  facts: Facts,
  today?: string,
  probe = false,
): void {
  const step = STEPS[event.type]
  const what = codeWord('eventType', event.type)
  if (!isDateTime(event.at)) refuse('time', { at: event.at })
  if (FINAL_STATUSES.includes(state.status))
    refuse('over', { status: codeWord('movementStatus', state.status) })
  if (!step.procedures.includes(facts.procedure)) {
    refuse('procedure', { event: what, procedure: facts.procedure })
  }
  if (!step.from.includes(state.status)) {
    refuse('sequence', {
      event: what,
      status: codeWord('movementStatus', state.status),
    })
  }
  const reference = event.reference?.trim() ?? ''
  switch (event.type) {
    case 'mrnAllocated':
    case 'registered': {
      if (probe) break
      if (reference === '' || reference.length > 35) refuse('number', { number: reference })
      const finding = customsNumberFindings(reference, facts.procedure, today)[0]
      if (finding) throw new FindingError(finding)
      break
    }
    case 'amendmentLodged':
    case 'cancellationRequested':
      if (state.amendmentPending) refuse('amendmentPending', { event: what })
      if (state.cancellationPending) refuse('cancellationPending', { event: what })
      break
    case 'amendmentAccepted':
    case 'amendmentRejected':
      if (!state.amendmentPending) refuse('noAmendment', { event: what })
      break
    case 'cancellationRefused':
      if (!state.cancellationPending) refuse('noCancellation', { event: what })
      break
    case 'cancelled': {
      if (event.by === 'customs') break
      const afterRelease = state.status === 'released' || state.status === 'arrived'
      if (afterRelease) refuse('cancelAfterRelease', { event: what })
      if (!state.cancellationPending) refuse('noCancellation', { event: what })
      break
    }
    case 'released':
      checkRelease(state, what)
      break
    case 'tirStarted':
    case 'tirTerminated':
      // The first start of the TIR operation releases the goods: the release's conditions hold.
      if (event.type === 'tirStarted' && state.status !== 'released') checkRelease(state, what)
      if (probe) {
        if (tirCountries(event.type, state, facts).length === 0) refuse('tirNone')
      } else checkTirStep(event.type, reference, state, facts)
      break
    case 'discharged':
    case 'writtenOff':
      if (state.tirStarted.length > state.tirTerminated.length) {
        refuse('tirOpen', { country: state.tirStarted.at(-1) })
      }
      break
    default:
      break
  }
}

/** Release waits for customs' answer to an amendment or cancellation, and for a valid guarantee. */
function checkRelease(state: MovementState, what: CodeWord): void {
  if (state.amendmentPending) refuse('amendmentPending', { event: what })
  if (state.cancellationPending) refuse('cancellationPending', { event: what })
  if (state.guaranteeInvalid) refuse('guaranteeInvalid')
}

/** A TIR operation per country in turn, one pair of vouchers each (TIR Convention Annex 1). */
function checkTirStep(
  type: 'tirStarted' | 'tirTerminated',
  reference: string,
  state: MovementState,
  facts: Facts,
): void {
  if (!/^[A-Za-z]{2}/.test(reference)) refuse('tirOffice', { reference })
  const country = tirStepCountry(reference)
  if (!facts.routing.includes(country)) refuse('tirRouting', { country })
  const open = state.tirStarted.length > state.tirTerminated.length
  if (type === 'tirStarted') {
    if (open) refuse('tirOpen', { country: state.tirStarted.at(-1) })
    if (state.tirStarted.includes(country)) refuse('tirTwice', { country })
    if (facts.vouchers > 0 && (state.tirStarted.length + 1) * 2 > facts.vouchers) {
      refuse('vouchers', { vouchers: facts.vouchers, countries: state.tirStarted.length })
    }
  } else if (!open || state.tirStarted.at(-1) !== country) {
    refuse('tirNotStarted', { country })
  }
}

/** The countries where a TIR operation may start (or end) next. */
function tirCountries(
  type: 'tirStarted' | 'tirTerminated',
  state: MovementState,
  facts: Facts,
): string[] {
  const open = state.tirStarted.length > state.tirTerminated.length
  if (type === 'tirTerminated') return open ? [state.tirStarted.at(-1)!] : []
  const pairsLeft = facts.vouchers > 0 ? facts.vouchers / 2 - state.tirStarted.length : Infinity
  if (open || pairsLeft < 1) return []
  return facts.routing.filter((country) => !state.tirStarted.includes(country))
}

/** The status after `event`: its step's, or what a TIR termination at destination means. */
function nextStatus(event: NewEvent, state: MovementState, facts: Facts): MovementStatus {
  const to = STEPS[event.type].to
  if (
    event.type === 'tirTerminated' &&
    tirStepCountry(event.reference ?? '') === facts.destination
  ) {
    return 'arrived'
  }
  return to === 'same' ? state.status : to
}

/** Whether `event` (with what a release brings) may be recorded now: the refusal, or null. */
export function eventRefusal(
  document: JsonObject,
  event: NewEvent,
  today?: string,
  release: ReleaseFacts = {},
): Error | null {
  try {
    checkAll(document, event, release, today)
    return null
  } catch (error) {
    return error as Error
  }
}

export interface PossibleEvent {
  type: MovementEventType
  /** TIR steps: the countries it may name */
  countries?: string[]
}

/** The events that may be recorded now, in the table's order: what the panel offers. */
export function possibleEvents(document: JsonObject): PossibleEvent[] {
  const state = movementState(declarationView(document).movement)
  const facts = factsOf(document)
  const possible: PossibleEvent[] = []
  for (const type of Object.keys(STEPS) as MovementEventType[]) {
    // The panel records customs' steps as theirs (a cancellation on their own initiative too).
    const by = STEPS[type].by === 'customs' ? 'customs' : undefined
    try {
      check({ type, at: '2000-01-01T00:00:00Z', by }, state, facts, undefined, true)
    } catch {
      continue
    }
    possible.push(
      type === 'tirStarted' || type === 'tirTerminated'
        ? { type, countries: tirCountries(type, state, facts) }
        : { type },
    )
  }
  return possible
}

/** Every check of recording `event`; its stored form when they pass, else the thrown refusal. */
function checkAll(document: JsonObject, event: NewEvent, release: ReleaseFacts, today?: string) {
  const view = declarationView(document)
  const state = movementState(view.movement)
  const facts = factsOf(document)
  check(event, state, facts, today)
  // The same customs message twice (the file received again) is one event.
  if (
    event.message &&
    view.movement.events.some((e) => e.message === event.message && e.at === event.at)
  ) {
    refuse('duplicate', { message: event.message })
  }
  if (release.limitDate !== undefined && !isCalendarDate(release.limitDate)) {
    refuse('limitDate', { date: release.limitDate })
  }
  const seals = release.seals ?? []
  const max = maxLengthOf('seal') ?? 20
  const badSeal = seals.find((seal) => seal.length < 1 || seal.length > max)
  if (badSeal !== undefined) refuse('seal', { seal: badSeal, max })
  if (new Set(seals).size < seals.length) refuse('sealTwice')
  if (seals.length > LIMITS.seals) refuse('sealCount', { number: seals.length, max: LIMITS.seals })
  const recorded: JsonObject = { type: event.type, at: event.at }
  for (const key of ['reference', 'detail', 'message', 'by'] as const) {
    const value = event[key]?.trim()
    if (!value) continue
    if (value.length > EVENT_TEXT_LIMITS[key]) {
      refuse('tooLong', { context: key, max: EVENT_TEXT_LIMITS[key] })
    }
    recorded[key] = value
  }
  return { state, facts, recorded }
}

/**
 * The declaration with `event` recorded, or a thrown WordedError / FindingError saying why not.
 * `today`: the user's date, for checking a registration number's date.
 */
export function recordEvent(
  document: JsonObject,
  event: NewEvent,
  release: ReleaseFacts = {},
  today?: string,
): JsonObject {
  const { state, facts, recorded } = checkAll(document, event, release, today)
  const events = Array.isArray((document.movement as JsonObject | undefined)?.events)
    ? ((document.movement as JsonObject).events as JsonValue[])
    : []
  const next: JsonObject = {
    ...document,
    movement: { status: nextStatus(event, state, facts), events: [...events, recorded] },
  }
  if (event.type === 'mrnAllocated' || event.type === 'registered') {
    next.mrn = event.reference!.trim()
  }
  if (event.type === 'released') {
    if (release.limitDate) next.limitDate = release.limitDate
    if (release.seals && release.seals.length > 0) next.seals = [...release.seals]
  }
  return next
}
