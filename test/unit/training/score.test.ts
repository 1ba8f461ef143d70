/**
 * Scoring a trainee's declaration (case-format.md, "Scoring" and "Result"): which leaves count,
 * how items and documents are matched, weights, critical boxes, the pass mark, hints, elements
 * the trainee added, explanations and the validator's report.
 */
import { describe, expect, it } from 'vitest'
import { cloneJson, type JsonObject } from '../../../src/shared/json'
import { scoreAnswer } from '../../../src/shared/training/score'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import {
  answerWith,
  caseWith,
  expectScore,
  fixtureCase,
  leafCount,
  leafPointers,
  pathsOf,
} from './builders'

const plain = caseWith()
const total = leafCount(plain.answer)
type Items = { consignments: { items: JsonObject[] }[] }
const itemsOf = (answer: JsonObject) => (answer as unknown as Items).consignments[0]!.items

describe('the scored leaves', () => {
  it('are every leaf but the LRN, the format, the declaration date and the movement', () => {
    const answer = answerWith(plain, {
      '/lrn': 'KZ-ALA-2026-9999',
      '/declarationDate': '2026-02-05',
      '/movement': { status: 'lodged', events: [] },
    })
    const result = scoreAnswer(plain, answer)
    expect(result).toMatchObject({ score: 100, passed: true, findings: [], extras: [] })
    const wrong = scoreAnswer(plain, answerWith(plain, { '/placeOfDeclaration': 'Astana' }))
    expectScore(wrong.score, total - 1, total)
  })

  it('a leaf left out is a miss, given as null', () => {
    const result = scoreAnswer(plain, answerWith(plain, { '/invoice/total': undefined }))
    expect(result.findings).toEqual([
      { path: '/invoice/total', expected: 61250, given: null, weight: 1, critical: false },
    ])
  })

  it('are told in the order of the model answer', () => {
    const answer = answerWith(plain, {
      '/consignments/0/items/2/hsCode': '630261',
      '/countryOfDestination': 'AF',
      '/guarantee/vouchers': 6,
      '/holder/name': 'Someone else',
    })
    expect(pathsOf(scoreAnswer(plain, answer).findings)).toEqual([
      '/countryOfDestination',
      '/holder/name',
      '/guarantee/vouchers',
      '/consignments/0/items/2/hsCode',
    ])
  })

  it('score 100 × matching weight / total weight, rounded down', () => {
    const wrong = ['/countryOfDestination', '/holder/name', '/invoice/currency']
    const answer = answerWith(plain, Object.fromEntries(wrong.map((p) => [p, 'X'])))
    expectScore(scoreAnswer(plain, answer).score, total - 3, total)
    expect(scoreAnswer(plain, 'not a declaration').score).toBe(0)
  })
})

describe('goods items', () => {
  it('are matched by sequence, in whatever order the trainee wrote them', () => {
    const answer = answerWith(plain)
    itemsOf(answer).reverse()
    expect(scoreAnswer(plain, answer)).toMatchObject({ score: 100, findings: [], extras: [] })
  })

  it('a miss in a moved item is told at the answer’s box, with where the trainee has it', () => {
    const answer = answerWith(plain)
    itemsOf(answer).reverse()
    itemsOf(answer)[2]!.hsCode = '520511'
    expect(scoreAnswer(plain, answer).findings).toEqual([
      expect.objectContaining({
        path: '/consignments/0/items/0/hsCode',
        givenPath: '/consignments/0/items/2/hsCode',
        expected: '520512',
        given: '520511',
      }),
    ])
  })

  it('are matched across consignments (sequence runs across the declaration)', () => {
    const answer = answerWith(plain)
    const consignment = (answer.consignments as JsonObject[])[0]!
    const last = itemsOf(answer).pop()!
    ;(answer.consignments as JsonObject[]).push({ ...cloneJson(consignment), items: [last] })
    const result = scoreAnswer(plain, answer)
    expect(result.score).toBe(100)
    // The second consignment's parties are the trainee's additions; its item is not.
    expect(pathsOf(result.extras)).toEqual([
      '/consignments/1/consignor',
      '/consignments/1/consignee',
    ])
  })

  it('an item of a sequence the trainee lacks is missed whole', () => {
    const answer = answerWith(plain)
    itemsOf(answer)[1]!.sequence = 7
    const result = scoreAnswer(plain, answer)
    const second = leafPointers(plain.answer).filter((p) =>
      p.startsWith('/consignments/0/items/1/'),
    )
    expect(pathsOf(result.findings)).toEqual(second)
    expect(result.findings.every((f) => f.given === null)).toBe(true)
    expect(pathsOf(result.extras)).toEqual(['/consignments/0/items/1'])
  })
})

describe('documents', () => {
  it('are matched by type, in whatever order the trainee listed them', () => {
    const answer = answerWith(plain)
    ;(answer.documents as JsonObject[]).reverse()
    expect(scoreAnswer(plain, answer)).toMatchObject({ score: 100, findings: [], extras: [] })
  })
})

describe('critical boxes and the pass mark', () => {
  const critical = caseWith({ critical: ['/guarantee/reference', '/countriesOfRouting'] })

  it('a critical miss fails an attempt whatever its score', () => {
    const result = scoreAnswer(critical, answerWith(critical, { '/guarantee/reference': 'XZ8' }))
    expect(result.score).toBeGreaterThanOrEqual(95)
    expect(result.passed).toBe(false)
    expect(result.findings).toEqual([expect.objectContaining({ critical: true })])
  })

  it('a pointer marks every leaf under it critical', () => {
    const answer = answerWith(critical, { '/countriesOfRouting/2': 'TM' })
    const result = scoreAnswer(critical, answer)
    expect(result.findings).toEqual([
      expect.objectContaining({ path: '/countriesOfRouting/2', critical: true }),
    ])
    expect(result.passed).toBe(false)
  })

  it('passes from the pass mark on: 80 unless the case says otherwise', () => {
    const wrong = scoreAnswer(plain, answerWith(plain, { '/holder/name': 'X' }))
    expect(wrong.passed).toBe(wrong.score >= 80)
    const at = caseWith({ passMark: wrong.score })
    expect(scoreAnswer(at, answerWith(at, { '/holder/name': 'X' })).passed).toBe(true)
    const above = caseWith({ passMark: wrong.score + 1 })
    expect(scoreAnswer(above, answerWith(above, { '/holder/name': 'X' })).passed).toBe(false)
  })
})

describe('ignore and weights', () => {
  it('ignore leaves an element out, with everything under it', () => {
    const kase = caseWith({ ignore: ['/holder', '/remarks'] })
    const answer = answerWith(kase, {
      '/holder/name': 'X',
      '/holder/extra': 'added',
      '/remarks': '',
    })
    const result = scoreAnswer(kase, answer)
    expect(result).toMatchObject({ score: 100, findings: [], extras: [] })
    const wrong = scoreAnswer(kase, answerWith(kase, { '/placeOfDeclaration': 'X' }))
    const scored = total - leafCount({ h: plain.answer.holder, r: plain.answer.remarks })
    expectScore(wrong.score, scored - 1, scored)
  })

  it('the trainee’s items of an element left out are not listed as additions', () => {
    const kase = caseWith({ ignore: ['/consignments/0/items'] })
    const answer = answerWith(kase, { '/consignments/0/items/0/hsCode': '010101' })
    expect(scoreAnswer(kase, answer)).toMatchObject({ score: 100, findings: [], extras: [] })
  })

  it('a weight applies to every leaf under its pointer, the nearest pointer winning', () => {
    const kase = caseWith({ weights: { '/guarantee': 5, '/guarantee/kind': 2 } })
    const answer = answerWith(kase, { '/guarantee/reference': 'X', '/guarantee/kind': 'GUARANTEE' })
    const result = scoreAnswer(kase, answer)
    expect(result.findings.map((f) => [f.path, f.weight])).toEqual([
      ['/guarantee/kind', 2],
      ['/guarantee/reference', 5],
    ])
    // kind, reference, validUntil, vouchers: 2 + 5 + 5 + 5 instead of 4.
    const weighted = total - 4 + 17
    expectScore(result.score, weighted - 7, weighted)
  })
})

describe('hints', () => {
  it('cost the element’s weight: missed whatever was written', () => {
    const kase = caseWith({ weights: { '/consignments/0/items/0/hsCode': 3 } })
    const hint = '/consignments/0/items/0/hsCode'
    const result = scoreAnswer(kase, answerWith(kase), { hints: [hint] })
    expect(result.findings).toEqual([
      expect.objectContaining({ path: hint, expected: '520512', given: '520512', hinted: true }),
    ])
    expectScore(result.score, total - 1, total + 2)
  })

  it('on a group cost every leaf under it; a hint that names nothing costs nothing', () => {
    const result = scoreAnswer(plain, answerWith(plain), {
      hints: ['/invoice/incoterm', '/nothing'],
    })
    expect(pathsOf(result.findings)).toEqual(['/invoice/incoterm/rule', '/invoice/incoterm/place'])
  })
})

describe('elements the trainee added', () => {
  it('are listed where the trainee has them and cost nothing; empty ones are not listed', () => {
    const answer = answerWith(plain, {
      '/representative': { name: 'Broker LLP' },
      '/countriesOfRouting/4': 'IR',
      '/documents/4': { type: 'N325', reference: 'PL-1' },
      '/consignments/0/items/3': { sequence: 4, description: 'More towels' },
      '/transport/meansAtDeparture/0/note': '   ',
      '/mrn': '',
      '/seals/0': 'KZ 0001',
    })
    const result = scoreAnswer(plain, answer)
    expect(result.score).toBe(100)
    expect(result.passed).toBe(true)
    // Each after the answer's own elements of its object or list; added items last.
    expect(result.extras).toEqual([
      { path: '/countriesOfRouting/4', given: 'IR' },
      { path: '/seals/0', given: 'KZ 0001' },
      { path: '/documents/4', given: { type: 'N325', reference: 'PL-1' } },
      { path: '/representative', given: { name: 'Broker LLP' } },
      { path: '/consignments/0/items/3', given: { sequence: 4, description: 'More towels' } },
    ])
  })
})

describe('explanations', () => {
  const kase = fixtureCase()

  it('come from the nearest pointer that has one, in the chosen language', () => {
    const answer = answerWith(kase, {
      '/guarantee/validUntil': '2026-03-16',
      '/consignments/0/items/1/netMass': 5000,
    })
    const [guarantee, netMass] = scoreAnswer(kase, answer, { language: 'ru' }).findings
    expect(guarantee!.explanation).toMatch(/^Книжка МДП/)
    expect(netMass!.explanation).toBe(
      'Copy each line of the invoice: description, HS code, masses, packages and value.',
    )
  })

  it('fall back to English, and are absent where no pointer above has one', () => {
    const answer = answerWith(kase, { '/guarantee/vouchers': 6, '/invoice/total': 1 })
    const [vouchers, invoice] = scoreAnswer(kase, answer, { language: 'kk' }).findings
    expect(vouchers!.explanation).toMatch(/^The TIR Carnet is the guarantee/)
    expect(invoice).not.toHaveProperty('explanation')
  })
})

describe('the validator’s report', () => {
  it('is the validator’s own, on the date given as today', () => {
    const answer = answerWith(plain, { '/consignments/0/items/0/hsCode': '52051' })
    const result = scoreAnswer(plain, answer, { today: '2026-02-06' })
    expect(result.validation).toEqual(validateDeclaration(answer, { today: '2026-02-06' }))
    expect(result.validation.valid).toBe(false)
  })

  it('compares dates with today only when today is given', () => {
    const rules = (today?: string) =>
      scoreAnswer(plain, plain.answer, { today }).validation.errors.map((f) => f.rule)
    expect(rules()).toEqual([])
    expect(rules('2026-02-01')).toContain('date.declaration-future')
  })
})
