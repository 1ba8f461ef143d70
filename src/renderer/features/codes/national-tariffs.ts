/**
 * The imported national tariffs for the HS finder: the list, live, and every line, read once per
 * set of tariffs (about 15,000 lines for the EAEU's) and kept while the window lives, so the
 * finder opens again at once.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { NationalLine } from '../../../shared/codes/hs-search'
import { NationalTariffRepository } from '../../db/national-tariff'
import type { NationalTariffRow } from '../../db/schema'
import { database } from '../../db/workspace'

export const nationalTariffs = new NationalTariffRepository(database)

const NONE: readonly NationalLine[] = []

interface Loaded {
  /** which tariffs, as imported when: a new import or a removal changes it */
  key: string
  lines: readonly NationalLine[]
}

let kept: Loaded | undefined

export function useNationalTariffs(): {
  tariffs: NationalTariffRow[] | undefined
  lines: readonly NationalLine[]
} {
  const tariffs = useLiveQuery(() => nationalTariffs.tariffs(), [])
  const key = tariffs?.map((tariff) => `${tariff.id}@${tariff.importedAt}`).join(',')
  const [loaded, setLoaded] = useState<Loaded | undefined>(kept)
  useEffect(() => {
    if (key === undefined || key === '' || kept?.key === key) return
    let live = true
    void nationalTariffs.lines().then((lines) => {
      kept = { key, lines }
      if (live) setLoaded(kept)
    })
    return () => {
      live = false
    }
  }, [key])
  const current = [loaded, kept].find((candidate) => candidate?.key === key)
  return { tariffs, lines: key === '' ? NONE : (current?.lines ?? NONE) }
}
