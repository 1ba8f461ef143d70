/**
 * The parts of a case file beside its answer: the source papers, the scoring, the explanations,
 * the simulated customs office's steps and the references (case-format.md), each checked by
 * CaseReader and refused at its first fault. Pointers of the scoring and the explanations must
 * name elements of the answer.
 */
import { MOVEMENT_EVENT_TYPES } from '../format/constants'
import { toPointer, type JsonObject, type JsonPath } from '../json'
import { STEPS, type MovementEventType } from '../movement/steps'
import {
  CASE_LIMITS,
  SOURCE_KINDS,
  type CaseReference,
  type CaseSource,
  type CustomsStep,
  type Scoring,
  type Text,
} from './case'
import { isPointer, shown, type CaseReader } from './case-reader'

const MAX_STEPS = 20
const MAX_STEP_ERRORS = 50
const MAX_REFERENCES = 50
/** An NCTS message name or error code, as long as the movement's `event.message` may be. */
const MESSAGE_LENGTH = 35

const eventsBy = (by: 'holder' | 'customs') =>
  MOVEMENT_EVENT_TYPES.filter((type) => STEPS[type].by === by)
/** The holder's own acts, after which the simulated office answers. */
const HOLDER_EVENTS: readonly MovementEventType[] = eventsBy('holder')
const CUSTOMS_EVENTS: readonly MovementEventType[] = eventsBy('customs')

export function readSources(value: unknown, r: CaseReader): CaseSource[] {
  const list = r.list(value, ['sources'], CASE_LIMITS.sources)
  return list.map((entry, index) => {
    const path = ['sources', index]
    const source = r.object(entry, path)
    r.onlyKnown(source, path, ['kind', 'title', 'content'])
    return {
      kind: r.oneOf(source.kind, [...path, 'kind'], SOURCE_KINDS),
      title: r.text(source.title, [...path, 'title'], CASE_LIMITS.title),
      content: r.text(source.content, [...path, 'content']),
    }
  })
}

function readPointers(value: unknown, path: JsonPath, answer: JsonObject, r: CaseReader) {
  // As many as an answer may have leaves is far more than any case needs; the list is bounded
  // by the file's size.
  return r
    .list(value, path, Infinity)
    .map((entry, index) => r.pointer(entry, [...path, index], answer))
}

export function readScoring(value: unknown, answer: JsonObject, r: CaseReader): Scoring {
  const path = ['scoring']
  const object = r.object(value, path)
  r.onlyKnown(object, path, ['passMark', 'ignore', 'critical', 'weights'])
  const scoring: Scoring = {}
  if (object.passMark !== undefined) {
    const { min, max } = CASE_LIMITS.passMark
    scoring.passMark = r.number(object.passMark, [...path, 'passMark'], min, max, false)
  }
  if (object.ignore !== undefined) {
    scoring.ignore = readPointers(object.ignore, [...path, 'ignore'], answer, r)
  }
  if (object.critical !== undefined) {
    scoring.critical = readPointers(object.critical, [...path, 'critical'], answer, r)
  }
  if (object.weights !== undefined) {
    const weightsPath = [...path, 'weights']
    const weights: Record<string, number> = {}
    for (const [pointer, weight] of Object.entries(r.object(object.weights, weightsPath))) {
      readKey(pointer, weightsPath, answer, r)
      const fits = typeof weight === 'number' && weight > 0
      if (!fits) r.wrong([...weightsPath, pointer], weight, 'weight')
      weights[pointer] = weight
    }
    scoring.weights = weights
  }
  return scoring
}

/** A key of a map of pointers (weights, explanations): a pointer to an element of the answer. */
function readKey(pointer: string, path: JsonPath, answer: JsonObject, r: CaseReader): void {
  if (!isPointer(pointer))
    r.fail('pointerKey', { path: shown(toPointer(path)), pointer: shown(pointer) })
  r.inAnswer(pointer, path, answer)
}

export function readExplanations(
  value: unknown,
  answer: JsonObject,
  r: CaseReader,
): Record<string, Text> {
  const path = ['explanations']
  const explanations: Record<string, Text> = {}
  for (const [pointer, text] of Object.entries(r.object(value, path))) {
    readKey(pointer, path, answer, r)
    explanations[pointer] = r.text(text, [...path, pointer])
  }
  return explanations
}

export function readSteps(value: unknown, r: CaseReader): CustomsStep[] {
  return r.list(value, ['customs'], MAX_STEPS).map((entry, index) => {
    const path = ['customs', index]
    const object = r.object(entry, path)
    r.onlyKnown(object, path, ['after', 'event', 'message', 'detail', 'errors'])
    const step: CustomsStep = {
      after: readEvent(object.after, [...path, 'after'], HOLDER_EVENTS, 'holderEvent', r),
      event: readEvent(object.event, [...path, 'event'], CUSTOMS_EVENTS, 'customsEvent', r),
    }
    if (object.message !== undefined) {
      step.message = r.string(object.message, [...path, 'message'], MESSAGE_LENGTH)
    }
    if (object.detail !== undefined) step.detail = r.text(object.detail, [...path, 'detail'])
    if (object.errors !== undefined) {
      const errorsPath = [...path, 'errors']
      step.errors = r.list(object.errors, errorsPath, MAX_STEP_ERRORS).map((error, number) => {
        const errorPath = [...errorsPath, number]
        const read = r.object(error, errorPath)
        r.onlyKnown(read, errorPath, ['path', 'code'])
        if (!isPointer(read.path)) r.wrong([...errorPath, 'path'], read.path, 'pointer')
        const code = read.code
        return code === undefined
          ? { path: read.path }
          : { path: read.path, code: r.string(code, [...errorPath, 'code'], MESSAGE_LENGTH) }
      })
    }
    return step
  })
}

function readEvent(
  value: unknown,
  path: JsonPath,
  events: readonly MovementEventType[],
  expected: 'holderEvent' | 'customsEvent',
  r: CaseReader,
): MovementEventType {
  if (value === undefined) r.missing(path)
  if (!events.includes(value as MovementEventType)) {
    r.wrong(path, value, expected, { list: events.join(r.t('validation.listSeparator')) })
  }
  return value as MovementEventType
}

export function readReferences(value: unknown, r: CaseReader): CaseReference[] {
  return r.list(value, ['references'], MAX_REFERENCES).map((entry, index) => {
    const path = ['references', index]
    const object = r.object(entry, path)
    r.onlyKnown(object, path, ['title', 'url'])
    const reference: CaseReference = {
      title: r.text(object.title, [...path, 'title'], CASE_LIMITS.title),
    }
    if (object.url !== undefined) {
      const url = object.url
      if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\S*$/.test(url)) {
        r.wrong([...path, 'url'], url, 'url')
      }
      reference.url = url
    }
    return reference
  })
}
