/**
 * Search, filters, sort and counts above the list (↓ in the search box goes down into the list);
 * the trash switch.
 */
import { useTranslation } from 'react-i18next'
import { PROCEDURES } from '../../../shared/format/constants'
import { DECLARATION_STATUSES } from '../../../shared/model/declaration-record'
import type { SortKey, WorkspaceCounts } from '../../db/declarations'
import { useUi } from '../../state/ui-store'
import { emptyTrash } from './commands'
import { focusDeclarationList } from './DeclarationList'
import { closeTraining, openTraining, useTraining } from '../training/training-store'

const SORTS: SortKey[] = ['updated-desc', 'updated-asc', 'date-desc', 'date-asc']

export function ListToolbar({ counts }: { counts: WorkspaceCounts | undefined }) {
  const { t } = useTranslation()
  const {
    search,
    setSearch,
    procedure,
    setProcedure,
    status,
    setStatus,
    sort,
    setSort,
    showTrash,
  } = useUi()
  return (
    <div className="list-toolbar">
      <input
        id="declaration-search"
        type="search"
        placeholder={t('list.searchPlaceholder')}
        aria-label={t('list.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && focusDeclarationList()) e.preventDefault()
        }}
      />
      <div className="filters">
        <select
          aria-label={t('list.procedure')}
          value={procedure}
          onChange={(e) => setProcedure(e.currentTarget.value)}
        >
          <option value="">{t('list.allProcedures')}</option>
          {PROCEDURES.map((p) => (
            <option key={p} value={p}>
              {t(`code.procedure.${p}`)} ({counts?.byProcedure[p] ?? 0})
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
        >
          <option value="">{t('list.allStatuses')}</option>
          {DECLARATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`code.movementStatus.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.sort')}
          value={sort}
          onChange={(e) => setSort(e.currentTarget.value as SortKey)}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`list.sortBy.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {showTrash && (counts?.trashed ?? 0) > 0 && (
        <button type="button" className="danger" onClick={() => void emptyTrash()}>
          {t('trash.empty')}
        </button>
      )}
    </div>
  )
}

export function TrashSwitch({ counts }: { counts: WorkspaceCounts | undefined }) {
  const { t } = useTranslation()
  const { showTrash, setShowTrash } = useUi()
  // Trainee mode is the third view (features/training).
  const training = useTraining((s) => s.open)
  const show = (trash: boolean) => {
    closeTraining()
    setShowTrash(trash)
  }
  return (
    <div className="view-switch" role="group" aria-label={t('list.views')}>
      <button type="button" aria-pressed={!showTrash && !training} onClick={() => show(false)}>
        {t('list.declarations', { count: counts?.active ?? 0 })}
      </button>
      <button type="button" aria-pressed={showTrash && !training} onClick={() => show(true)}>
        {t('list.trash', { count: counts?.trashed ?? 0 })}
      </button>
      <button type="button" aria-pressed={training} onClick={openTraining}>
        {t('list.training')}
      </button>
    </div>
  )
}
