/**
 * withLocalOffset (src/shared/dates.ts), by which a customs reply's time without an offset is
 * read in this computer's time zone (apply-reply.ts, replyTime): the same instant as JavaScript
 * reads it, written with the offset the zone has at that moment, seconds and fraction kept.
 * Checked in the zone the tests run in, then in zones with odd offsets and summer time.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { isDateTime, withLocalOffset } from '../../../src/shared/dates'

const LOCAL_TIMES = [
  '2025-03-14T10:15:00',
  '2025-03-14T10:15',
  '2025-01-01T00:00:00',
  '2025-07-01T23:59:59.5',
  '2024-02-29T12:00:00.123',
  '2025-10-26T01:30:00',
]

const instant = (value: string) => new Date(value).getTime()

/** Each local time kept as written, followed by an offset (never Z), at the same instant. */
function expectReadHere(): void {
  for (const local of LOCAL_TIMES) {
    const read = withLocalOffset(local)
    expect(read, local).toMatch(/[+-][0-9]{2}:[0-9]{2}$/)
    expect(isDateTime(read), read).toBe(true)
    expect(instant(read), read).toBe(instant(local))
    const written = local.length === 16 ? `${local}:00` : local
    expect(read.slice(0, written.length), local).toBe(written)
    expect(read).toHaveLength(written.length + 6)
  }
}

describe('withLocalOffset', () => {
  it('the same instant as the time read here, seconds and fraction kept', () => {
    expectReadHere()
  })

  const inUtc = new Date('2025-03-14T10:15:00').getTimezoneOffset() === 0
  it.runIf(inUtc)('in UTC, the offset +00:00', () => {
    expect(withLocalOffset('2025-03-14T10:15:00')).toBe('2025-03-14T10:15:00+00:00')
    expect(withLocalOffset('2025-03-14T10:15')).toBe('2025-03-14T10:15:00+00:00')
  })

  it.each([
    '',
    '2025-03-14',
    '2025-03-14T10:15:00Z',
    '2025-03-14T10:15:00+05:00',
    '2025-03-14 10:15:00',
    '14.03.2025 10:15',
    '2025-03-14T10:15:00.1234567890',
    '2025-13-14T10:15:00',
    'not a time',
  ])('%j comes back unchanged', (value) => {
    expect(withLocalOffset(value)).toBe(value)
  })
})

const zone = process.env.TZ
const restoreZone = () => {
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
}
/** Whether this runtime follows a change of TZ (Node does, since version 13). */
function followsZoneChange(): boolean {
  process.env.TZ = 'Asia/Kathmandu'
  const follows = new Date('2025-01-15T12:00:00').getTimezoneOffset() === -345
  restoreZone()
  return follows
}

describe.runIf(followsZoneChange())('withLocalOffset in other time zones', () => {
  afterEach(restoreZone)

  it.each([
    ['Asia/Almaty', -300, '2025-03-14T10:15:00+05:00', '2025-07-01T10:15:00+05:00'],
    ['Asia/Kathmandu', -345, '2025-03-14T10:15:00+05:45', '2025-07-01T10:15:00+05:45'],
    ['Europe/Berlin', -60, '2025-03-14T10:15:00+01:00', '2025-07-01T10:15:00+02:00'],
    ['America/St_Johns', 210, '2025-01-14T10:15:00-03:30', '2025-07-01T10:15:00-02:30'],
  ])('%s: the offset of that moment', (name, januaryOffset, winter, summer) => {
    process.env.TZ = name
    expect(new Date('2025-01-15T12:00:00').getTimezoneOffset()).toBe(januaryOffset)
    expect(withLocalOffset(winter.slice(0, 19))).toBe(winter)
    expect(withLocalOffset(summer.slice(0, 19))).toBe(summer)
    expectReadHere()
  })
})
