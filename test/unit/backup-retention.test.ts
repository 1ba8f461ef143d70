import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  autoBackupName,
  autoBackupTime,
  backupsToKeep,
  KEEP_IN_ALL,
} from '../../src/shared/backup/retention'

const stamp = (at: string) => ({ name: autoBackupName(at), at })

describe('automatic backup retention', () => {
  it('keeps the three newest of today and the newest of each earlier day, ten in all', () => {
    const backups = [
      ...['08', '09', '10', '11', '12'].map((h) => stamp(`2026-02-20T${h}:00:00Z`)),
      ...Array.from({ length: 12 }, (_, d) => [
        stamp(`2026-02-${String(19 - d).padStart(2, '0')}T09:00:00Z`),
        stamp(`2026-02-${String(19 - d).padStart(2, '0')}T17:00:00Z`),
      ]).flat(),
    ]
    const kept = backupsToKeep(backups, '2026-02-20').map((b) => b.at)
    expect(kept).toEqual([
      '2026-02-20T12:00:00Z',
      '2026-02-20T11:00:00Z',
      '2026-02-20T10:00:00Z',
      ...[19, 18, 17, 16, 15, 14, 13].map((d) => `2026-02-${d}T17:00:00Z`),
    ])
  })

  it('counts days in the user’s own calendar: after midnight in Almaty it is already today', () => {
    const zone = process.env.TZ
    process.env.TZ = 'Asia/Almaty'
    try {
      // 20:30 UTC on the 3rd is 01:30 on the 4th in Almaty: of today there; the others are of
      // the 3rd (in UTC all four would be of the 3rd, and only the newest kept).
      const backups = ['06', '10', '14', '20'].map((h) => stamp(`2026-02-03T${h}:30:00Z`))
      const kept = backupsToKeep(backups, '2026-02-04').map((b) => b.at)
      expect(kept).toEqual(['2026-02-03T20:30:00Z', '2026-02-03T14:30:00Z'])
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('never keeps more than ten, and always keeps the newest', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.date({
            min: new Date('2026-01-01'),
            max: new Date('2026-03-01'),
            noInvalidDate: true,
          }),
          {
            minLength: 1,
            maxLength: 60,
            selector: (d) => d.toISOString(),
          },
        ),
        (dates) => {
          const backups = dates.map((d) => stamp(d.toISOString()))
          const kept = backupsToKeep(backups, '2026-03-01')
          expect(kept.length).toBeLessThanOrEqual(KEEP_IN_ALL)
          const newest = [...backups].sort((a, b) => b.at.localeCompare(a.at))[0]!
          expect(kept[0]).toEqual(newest)
        },
      ),
    )
  })

  it('names backups so that the name gives the time back, and ignores other files', () => {
    expect(autoBackupName('2026-02-04T10:15:00.123Z')).toBe(
      'workspace-2026-02-04T10-15-00Z.tdbackup',
    )
    expect(autoBackupTime('workspace-2026-02-04T10-15-00Z.tdbackup')).toBe('2026-02-04T10:15:00Z')
    expect(autoBackupTime('.workspace-2026-02-04T10-15-00Z.tdbackup.1a2b.tmp')).toBeNull()
    expect(autoBackupTime('notes.txt')).toBeNull()
  })
})
