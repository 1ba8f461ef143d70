/**
 * Keeping the saved entries: the address book (search, edit, delete, merge look-alikes), the
 * goods catalogue and the vehicles (search, delete). The lists are live queries: whatever the
 * editor saves shows up at once.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { duplicateGroups, partyLine, type PartyEntry } from '../../../shared/library/parties'
import { Modal } from '../../components/Modal'
import { library } from '../../db/workspace'
import { useUi, type LibraryKind } from '../../state/ui-store'
import { describeGoods, describeVehicle } from './describe'
import type { EntryLine } from './EntryPicker'
import { OfficesPanel } from './OfficesPanel'
import { PartyForm } from './PartyForm'
import { PlacesPanel } from './PlacesPanel'
import { problemText } from '../../i18n'

const KINDS: LibraryKind[] = ['parties', 'goods', 'vehicles', 'offices', 'places']

export function LibraryDialog() {
  const kind = useUi((s) => s.libraryOpen)
  return kind ? <Library kind={kind} /> : null
}

interface Row {
  id: string
  line: EntryLine
  remove(): Promise<void>
  party?: PartyEntry
}

function Library({ kind }: { kind: LibraryKind }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<PartyEntry | null>(null)
  const notify = useUi.getState().notify
  const close = () => useUi.getState().setLibraryOpen(null)

  const rows = useLiveQuery(async (): Promise<Row[]> => {
    if (kind === 'offices' || kind === 'places') return []
    if (kind === 'parties')
      return (await library.searchParties(query, 500)).map((entry) => {
        const line = partyLine(entry.party)
        return {
          id: entry.id,
          line: { primary: line.name, secondary: line.detail },
          party: entry,
          remove: () => library.deleteParty(entry.id),
        }
      })
    if (kind === 'goods')
      return (await library.searchGoods(query, 500)).map((entry) => ({
        id: entry.id,
        line: describeGoods(entry.line),
        remove: () => library.deleteGoods(entry.id),
      }))
    return (await library.searchVehicles(query, 500)).map((entry) => ({
      id: entry.id,
      line: describeVehicle(entry.vehicle),
      remove: () => library.deleteVehicle(entry.id),
    }))
  }, [kind, query])
  const groups = useLiveQuery(
    async () => (kind === 'parties' ? duplicateGroups(await library.allParties()) : []),
    [kind],
  )

  return (
    <Modal title={t(`library.${kind}.title`)} onCancel={close}>
      <div className="library-tabs" role="tablist">
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === kind}
            onClick={() => useUi.getState().setLibraryOpen(k)}
          >
            {t(`library.${k}.title`)}
          </button>
        ))}
      </div>
      {editing ? (
        <PartyForm
          party={editing.party}
          onCancel={() => setEditing(null)}
          onSave={async (party) => {
            await library.updateParty(editing.id, party)
            setEditing(null)
          }}
        />
      ) : (
        <>
          <label className="search-field">
            {t(`library.${kind}.search`)}
            <input
              type="search"
              className="picker-query"
              value={query}
              autoFocus
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          {kind === 'offices' && <OfficesPanel query={query} />}
          {kind === 'places' && <PlacesPanel query={query} />}
          {groups?.map((group) => (
            <div className="library-duplicates" role="note" key={group.map((e) => e.id).join()}>
              <span>
                {t('library.parties.duplicates')}{' '}
                {group.map((e) => partyLine(e.party).name).join(' · ')}
              </span>
              <button
                type="button"
                onClick={() =>
                  void library
                    .mergeParties(group.map((e) => e.id))
                    .then((merged) =>
                      notify('success', t('library.parties.merged', { name: merged.party.name })),
                    )
                    .catch((error: unknown) => notify('error', problemText(error)))
                }
              >
                {t('library.parties.merge')}
              </button>
            </div>
          ))}
          {kind !== 'offices' && kind !== 'places' && (
            <p className="picker-empty" role="status">
              {rows === undefined ? '' : t(`library.${kind}.count`, { count: rows.length })}
            </p>
          )}
          <ul
            className="library-list"
            aria-label={t(`library.${kind}.title`)}
            hidden={kind === 'offices' || kind === 'places'}
          >
            {rows?.map((row) => (
              <li key={row.id}>
                <span className="picker-primary">{row.line.primary}</span>
                <span className="picker-secondary">{row.line.secondary}</span>
                <span className="library-row-actions">
                  {row.party && (
                    <button type="button" onClick={() => setEditing(row.party!)}>
                      {t('library.edit')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="danger"
                    aria-label={`${t('library.delete')} ${row.line.primary}`}
                    onClick={() =>
                      void row
                        .remove()
                        .then(() =>
                          notify('info', t(`library.${kind}.deleted`, { name: row.line.primary })),
                        )
                    }
                  >
                    {t('library.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('library.close')}
            </button>
          </div>
        </>
      )}
    </Modal>
  )
}
