/** Customs offices and UN/LOCODE places in the database (fake-indexeddb). */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PlacesRepository } from '../../src/renderer/db/places'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import { locodesFromCsv, type Locode } from '../../src/shared/library/locodes'
import { EXAMPLE_OFFICES } from '../../src/shared/library/offices'

let db: WorkspaceDatabase
let places: PlacesRepository
let counter = 0

beforeEach(() => {
  db = new WorkspaceDatabase(`places-test-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange })
  let ids = 0
  places = new PlacesRepository(
    db,
    () => new Date('2026-02-04T08:00:00Z'),
    () => `o-${++ids}`,
  )
})
afterEach(() => db.delete())

const release = (lines: string[]): Locode[] => {
  const read = locodesFromCsv(lines.join('\n'))
  if ('error' in read) throw new Error(read.error)
  return read.places
}

describe('PlacesRepository', () => {
  it('imports offices, one per reference, and finds them by words and role', async () => {
    expect(await places.importOffices(EXAMPLE_OFFICES)).toEqual({ added: 5, replaced: 0 })
    const renamed = { ...EXAMPLE_OFFICES[0]!, name: 'Almaty-Tsentr' }
    expect(await places.importOffices([renamed])).toEqual({ added: 0, replaced: 1 })
    expect(await db.offices.count()).toBe(5)
    expect((await places.searchOffices('almaty'))[0]?.name).toBe('Almaty-Tsentr')
    expect((await places.searchOffices('', 'transit')).map((o) => o.reference)).toEqual([
      'AF010030',
      'UZ170020',
    ])
    expect((await places.searchOffices('kz55')).map((o) => o.reference)).toEqual(['KZ550010'])
    // An EAEU member's office by its national code.
    expect((await places.searchOffices('066')).map((o) => o.reference)).toEqual(['06611'])
  })

  it('imports a release in one go and finds places by code prefix or name', async () => {
    const lines = [
      ',"PK","KHI","Karachi","Karachi","SD","1234----","AI","0001","KHI","",""',
      ',"PK","GWD","Gwadar","Gwadar","BA","1--4----","AI","0901","GWD","",""',
      ',"KZ","ALA","Almaty","Almaty","75","1234----","AI","0307","ALA","",""',
    ]
    const progress: number[] = []
    await places.importLocodes(release(lines), (done) => progress.push(done))
    expect(progress).toEqual([3])
    expect(await places.countLocodes()).toBe(3)
    expect((await places.searchLocodes('pk')).map((p) => p.code).sort()).toEqual(['PKGWD', 'PKKHI'])
    expect((await places.searchLocodes('kara')).map((p) => p.code)).toEqual(['PKKHI'])
    expect((await places.searchLocodes('alm', 'PK')).map((p) => p.code)).toEqual([])
    expect((await places.locode('KZALA'))?.name).toBe('Almaty')
    // A newer release updates a known code.
    await places.importLocodes(
      release([lines[0]!.replace('"Karachi","Karachi"', '"Karāchi","Karachi"')]),
    )
    expect((await places.locode('PKKHI'))?.name).toBe('Karāchi')
    expect(await places.countLocodes()).toBe(3)
  })

  it('writes 30,000 places in one import', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => {
      const location = [...i.toString(32).toUpperCase().padStart(3, 'A')]
        .map((ch) => (ch === '0' ? 'Z' : ch === '1' ? 'Y' : ch))
        .join('')
        .slice(-3)
      return `,"XA","${location}","Place ${i}","Place ${i}","","","","","","",""`
    })
    const read = release(many)
    await places.importLocodes(read)
    expect(await places.countLocodes()).toBe(new Set(read.map((p) => p.code)).size)
  })
})
