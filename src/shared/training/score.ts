/**
 * Scoring a trainee's declaration against a case's model answer (case-format.md, "Scoring" and
 * "Result"). Every leaf of the answer — a text, number or boolean — is one scored element, except
 * the LRN, the format, the declaration date, the movement's record and what `ignore` names, with
 * everything under them. Leaves are compared as compare.ts says, entries matched as match.ts
 * says; weights, critical marks, hints and explanations apply to every leaf under their pointer,
 * the nearest pointer winning. One walk over the answer, the trainee's items indexed by
 * sequence beforehand: linear in the size of the two declarations. Never throws.
 */
import { isJsonObject, type JsonValue } from '../json'
import type { ValidationReport } from '../validation/report'
import { validateDeclaration } from '../validation/validate'
import { DEFAULT_PASS_MARK, type Case, type Pointer, type Text } from './case'
import { caseRules, childRules, type RuleNode } from './case-rules'
import { sameValue, Shape } from './compare'
import { ItemIndex, matchDocuments, pointerPart } from './match'
import { pickText } from './text'

export interface ScoreOptions {
  /** pointers into the model answer whose hint the trainee was shown: each counts as missed */
  hints?: readonly Pointer[]
  /** the date that counts as today for the validator, YYYY-MM-DD; without it none is compared */
  today?: string
  /** the language the explanations are given in (default English) */
  language?: string
}

/** One missed leaf of the model answer. */
export interface ScoreFinding {
  /** where it is in the model answer */
  path: Pointer
  /** where the trainee's counterpart is, when elsewhere (an item matched by sequence …) */
  givenPath?: Pointer
  expected: string | number | boolean
  /** the trainee's value; null when the trainee left it out */
  given: JsonValue
  weight: number
  critical: boolean
  /** the trainee was shown its hint: missed whatever was written */
  hinted?: true
  explanation?: string
}

/** An element the trainee added that the answer does not have: listed, costing nothing. */
export interface ScoreExtra {
  /** where it is in the trainee's declaration */
  path: Pointer
  given: JsonValue
}

export interface ScoreResult {
  /** 0–100: 100 × the weight of the matching leaves / the total weight, rounded down */
  score: number
  /** score ≥ the pass mark, and every critical leaf matches */
  passed: boolean
  findings: ScoreFinding[]
  extras: ScoreExtra[]
  /** the validator's report of the trainee's declaration */
  validation: ValidationReport
}

/** Elements of the declaration no trainee is scored on: its identity, its date, its record. */
const UNSCORED = new Set(['format', 'lrn', 'declarationDate', 'movement'])

/** What applies to a leaf from the pointers above it. */
interface Context {
  weight: number
  critical: boolean
  hinted: boolean
  explanation?: Text
}

/** Nested more deeply than this, an added element counts as not empty without looking further. */
const EMPTY_CHECK_DEPTH = 64

/** Whether a value the trainee added holds anything: not null, blank, [] or {} all the way down. */
function holdsSomething(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value !== 'object') return true
  if (depth >= EMPTY_CHECK_DEPTH) return true
  const children = Array.isArray(value) ? value : Object.values(value)
  return children.some((child) => holdsSomething(child, depth + 1))
}

/** Where the walk is: the answer's pointer, the trainee's (if any), the shape and the rules. */
interface Place {
  path: string
  /** undefined when the trainee has nothing at this place */
  givenPath: string | undefined
  shape: Shape
  rules: RuleNode | undefined
}

class Scorer {
  total = 0
  matched = 0
  criticalMissed = false
  readonly findings: ScoreFinding[] = []
  readonly extras: ScoreExtra[] = []

  constructor(
    private readonly items: ItemIndex,
    private readonly language: string,
  ) {}

  /**
   * The place of `key` under `place`. `givenPath`: the trainee's counterpart when matched
   * elsewhere (an item by sequence, a document by type), null when the trainee has none, and
   * when not given the same key under the trainee's place.
   */
  private child(place: Place, key: string | number, givenPath?: string | null): Place {
    const part = pointerPart(key)
    return {
      path: place.path + part,
      givenPath:
        givenPath === null
          ? undefined
          : (givenPath ?? (place.givenPath === undefined ? undefined : place.givenPath + part)),
      shape: typeof key === 'number' ? place.shape : place.shape.child(key),
      rules: childRules(place.rules, key),
    }
  }

  /** Scores the answer's element `expected` against the trainee's `given` at `place`. */
  walk(expected: JsonValue, given: unknown, place: Place, outer: Context): void {
    const rules = place.rules
    if (rules?.ignore) {
      // The trainee's items of what is left out are neither scored nor the trainee's additions.
      this.takeItemsUnder(expected, place.shape.name)
      return
    }
    const context = rules === undefined ? outer : within(outer, rules)
    if (Array.isArray(expected)) this.walkList(expected, given, place, context)
    else if (isJsonObject(expected)) this.walkObject(expected, given, place, context)
    else this.leaf(expected, given, place, context)
  }

  /** Takes the trainee's items matching the answer's items in `expected` (an element of `shape`). */
  private takeItemsUnder(expected: JsonValue | undefined, shape: string): void {
    const entries = Array.isArray(expected) ? expected : [expected]
    if (shape === '' && isJsonObject(expected)) {
      this.takeItemsUnder(expected.consignments, 'consignments')
    } else if (shape === 'consignments') {
      for (const consignment of entries) {
        if (isJsonObject(consignment)) this.takeItemsUnder(consignment.items, 'consignments/items')
      }
    } else if (shape === 'consignments/items') {
      for (const item of entries) this.items.take(isJsonObject(item) ? item.sequence : undefined)
    }
  }

  private walkObject(
    expected: Record<string, JsonValue>,
    given: unknown,
    place: Place,
    context: Context,
  ) {
    const object = isJsonObject(given) ? given : undefined
    const top = place.path === ''
    for (const key of Object.keys(expected)) {
      if (top && UNSCORED.has(key)) continue
      const value = object && Object.hasOwn(object, key) ? object[key] : undefined
      this.walk(expected[key]!, value, this.child(place, key), context)
    }
    if (object === undefined || place.givenPath === undefined) return
    for (const key of Object.keys(object)) {
      if (Object.hasOwn(expected, key) || (top && UNSCORED.has(key))) continue
      this.extra(object[key], place.givenPath + pointerPart(key))
    }
  }

  private walkList(expected: JsonValue[], given: unknown, place: Place, context: Context) {
    const shape = place.shape.name
    if (shape === 'consignments/items') {
      // The trainee's items not taken are listed once, after the walk (scoreAnswer).
      expected.forEach((item, index) => {
        const match = this.items.take(isJsonObject(item) ? item.sequence : undefined)
        this.walk(item, match?.value, this.child(place, index, match?.path ?? null), context)
      })
      return
    }
    const list = Array.isArray(given) ? given : undefined
    const at = (index: number) =>
      place.givenPath === undefined ? undefined : `${place.givenPath}/${index}`
    if (shape === 'documents' || shape === 'consignments/items/documents') {
      const { matches, left } = matchDocuments(expected, list ?? [])
      expected.forEach((document, index) => {
        const match = matches[index]
        const value = match === undefined ? undefined : list![match]
        const where = match === undefined ? null : at(match)
        this.walk(document, value, this.child(place, index, where), context)
      })
      for (const index of left) this.extra(list![index], at(index)!)
      return
    }
    expected.forEach((entry, index) => {
      this.walk(entry, list?.[index], this.child(place, index), context)
    })
    if (list === undefined || place.givenPath === undefined) return
    for (let index = expected.length; index < list.length; index++) {
      // A consignment the answer lacks: its parties are extras, its items are matched by sequence.
      if (shape === 'consignments' && isJsonObject(list[index])) {
        this.walk({ items: [] }, list[index], this.child(place, index), context)
      } else this.extra(list[index], at(index)!)
    }
  }

  private leaf(
    expected: string | number | boolean | null,
    given: unknown,
    place: Place,
    context: Context,
  ) {
    // A blank or null leaf asks nothing of the trainee.
    if (expected === null || (typeof expected === 'string' && expected.trim() === '')) return
    const { weight, critical, hinted, explanation } = context
    this.total += weight
    if (!hinted && sameValue(place.shape.comparison(expected), expected, given)) {
      this.matched += weight
      return
    }
    if (critical) this.criticalMissed = true
    const finding: ScoreFinding = {
      path: place.path,
      expected,
      given: given === undefined ? null : (given as JsonValue),
      weight,
      critical,
    }
    const { givenPath } = place
    if (givenPath !== undefined && givenPath !== place.path) finding.givenPath = givenPath
    if (hinted) finding.hinted = true
    if (explanation !== undefined) finding.explanation = pickText(explanation, this.language)
    this.findings.push(finding)
  }

  extra(value: unknown, path: string) {
    if (holdsSomething(value)) this.extras.push({ path, given: value as JsonValue })
  }
}

/** The context inside an element the case's pointers name. */
function within(outer: Context, rules: RuleNode): Context {
  if (!rules.critical && !rules.hinted && rules.weight === undefined && !rules.explanation) {
    return outer
  }
  return {
    weight: rules.weight ?? outer.weight,
    critical: outer.critical || rules.critical === true,
    hinted: outer.hinted || rules.hinted === true,
    explanation: rules.explanation ?? outer.explanation,
  }
}

/**
 * Scores `answer` (the trainee's declaration: any value at all) against the case's model
 * answer, and validates it. Pointers in `hints` that name nothing in the answer cost nothing.
 */
export function scoreAnswer(kase: Case, answer: unknown, options: ScoreOptions = {}): ScoreResult {
  const items = new ItemIndex(answer)
  const scorer = new Scorer(items, options.language ?? 'en')
  const rules = caseRules(kase, options.hints ?? [])
  const top: Context = { weight: 1, critical: false, hinted: false }
  scorer.walk(kase.answer, answer, { path: '', givenPath: '', shape: new Shape(), rules }, top)
  for (const item of items.untaken()) scorer.extra(item.value, item.path)

  const score = scorer.total === 0 ? 100 : Math.floor((100 * scorer.matched) / scorer.total + 1e-9)
  const passMark = kase.scoring?.passMark ?? DEFAULT_PASS_MARK
  return {
    score,
    passed: score >= passMark && !scorer.criticalMissed,
    findings: scorer.findings,
    extras: scorer.extras,
    validation: validateDeclaration(answer, { today: options.today ?? '' }),
  }
}
