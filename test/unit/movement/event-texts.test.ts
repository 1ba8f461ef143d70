/**
 * An event's texts stay within what the format allows: too long is refused with the element
 * named, never cut; a long list (customs' errors, an amendment's places) is joined up to the
 * limit and the rest counted. A release's seals are refused whole when one is not a seal.
 */
import { describe, expect, it } from 'vitest'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import { recordEvent } from '../../../src/shared/movement/record-event'
import { eventDetail } from '../../../src/shared/movement/event-text'
import { errorText } from '../../../src/shared/worded-error'
import { byHolder, documentIn, ev, refusalOf } from './builders'

describe('eventDetail', () => {
  it('joins what fits, and counts what does not, within 512 characters', () => {
    expect(eventDetail(['a', 'b'])).toBe('a; b')
    const parts = Array.from({ length: 100 }, (_, i) => `/consignments/0/items/${i}/grossMass`)
    const detail = eventDetail(parts, ', ')
    expect(detail.length).toBeLessThanOrEqual(512)
    const shown = detail.split(' … +')[0]!.split(', ')
    expect(shown).toEqual(parts.slice(0, shown.length))
    expect(detail.endsWith(` … +${parts.length - shown.length}`)).toBe(true)
  })

  it('counts a single part that is too long rather than cutting it', () => {
    expect(eventDetail(['x'.repeat(600)])).toBe('… +1')
  })
})

describe('event texts and release seals', () => {
  it('refuses a note over 512 characters, naming it, and keeps one of 512', () => {
    const accepted = documentIn('accepted', 'T1')
    const error = refusalOf(() =>
      recordEvent(accepted, ev('controlDecided', { detail: 'n'.repeat(513) })),
    )
    expect(error.key).toBe('movement.problem.tooLong')
    expect(errorText(error, englishText)).toBe(
      'The event’s note is longer than 512 characters: shorten it.',
    )
    const next = recordEvent(accepted, ev('controlDecided', { detail: 'n'.repeat(512) }))
    expect(JSON.stringify(next)).toContain('n'.repeat(512))
  })

  it('refuses a reference or a recorder over 70 characters', () => {
    const draft = documentIn('draft', 'T1')
    expect(
      refusalOf(() => recordEvent(draft, byHolder('lodged', { by: 'b'.repeat(71) }))).values,
    ).toMatchObject({ context: 'by', max: 70 })
    const accepted = documentIn('accepted', 'T1')
    expect(
      refusalOf(() => recordEvent(accepted, ev('controlDecided', { reference: 'r'.repeat(71) })))
        .values,
    ).toMatchObject({ context: 'reference', max: 70 })
  })

  it.each([
    [['GE 1', 'x'.repeat(21)], 'movement.problem.seal'],
    [['GE 1', 'GE 1'], 'movement.problem.sealTwice'],
    [Array.from({ length: 100 }, (_, i) => `S${i}`), 'movement.problem.sealCount'],
  ])('refuses release seals %#, changing nothing', (seals, key) => {
    const accepted = documentIn('accepted', 'T1')
    const before = structuredClone(accepted)
    expect(refusalOf(() => recordEvent(accepted, ev('released'), { seals })).key).toBe(key)
    expect(accepted).toEqual(before)
  })
})
