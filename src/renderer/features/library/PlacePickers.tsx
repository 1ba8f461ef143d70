/** Pickers for an office from the user's office list and a place from the UN/LOCODE release. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { toPointer, type JsonPath } from '../../../shared/json'
import type { Locode } from '../../../shared/library/locodes'
import type { OfficeEntry, OfficeRole } from '../../../shared/library/offices'
import { places } from '../../db/workspace'
import { useUi } from '../../state/ui-store'
import { useSession } from '../editor/session-context'
import { EntryPicker } from './EntryPicker'

const close = (focus?: JsonPath) => {
  useUi.getState().setLibraryPicker(null)
  if (focus) useUi.getState().requestFocus(toPointer(focus))
}

export function OfficePicker({ path, role }: { path: JsonPath; role?: OfficeRole }) {
  const { t } = useTranslation()
  const session = useSession()
  const search = useCallback((query: string) => places.searchOffices(query, role), [role])
  return (
    <EntryPicker<OfficeEntry>
      title={t('library.offices.pick')}
      searchLabel={t('library.offices.search')}
      empty={t('library.offices.empty')}
      search={search}
      describe={(o) => ({
        primary: `${o.reference} — ${o.name}`,
        secondary: [o.country, o.roles.join(', '), o.example ? t('library.offices.example') : '']
          .filter(Boolean)
          .join(' · '),
      })}
      onPick={(o) => {
        session.set(path, { reference: o.reference, name: o.name, country: o.country })
        close([...path, 'reference'])
      }}
      onCancel={() => close([...path, 'reference'])}
    />
  )
}

export function PlacePicker({ path }: { path: JsonPath }) {
  const { t } = useTranslation()
  const session = useSession()
  const count = useLiveQuery(() => places.countLocodes(), [])
  const search = useCallback(
    async (query: string) => (await places.searchLocodes(query)).map((p) => ({ ...p, id: p.code })),
    [],
  )
  return (
    <EntryPicker<Locode & { id: string }>
      title={t('library.places.pick')}
      searchLabel={t('library.places.search')}
      empty={count === 0 ? t('library.places.none') : t('library.places.type')}
      search={search}
      describe={(p) => ({
        primary: `${p.code} — ${p.name}`,
        secondary: [p.country, p.subdivision ?? '', p.plainName !== p.name ? p.plainName : '']
          .filter(Boolean)
          .join(' · '),
      })}
      onPick={(p) => {
        session.set(path, { locode: p.code, name: p.name.slice(0, 35), country: p.country })
        close([...path, 'locode'])
      }}
      onCancel={() => close([...path, 'locode'])}
    />
  )
}
