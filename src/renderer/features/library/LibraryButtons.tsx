/** The buttons that take entries from, and save them to, the address book, catalogue and vehicles. */
import { useTranslation } from 'react-i18next'
import type { JsonPath } from '../../../shared/json'
import { useUi, type LibraryKind } from '../../state/ui-store'
import { useSession } from '../editor/session-context'
import { useMayChange } from '../movement/edit-mode'
import { saveItemToCatalogue, savePartyToBook, saveVehicle } from './save-actions'

const SAVE: Partial<Record<LibraryKind, typeof savePartyToBook>> = {
  parties: savePartyToBook,
  goods: saveItemToCatalogue,
  vehicles: saveVehicle,
}

/**
 * "From …" opens the picker for `path`; "Save to …" saves what is at `savePath` (for goods:
 * the item shown; the picker adds to the consignment at `path`). Either may be left out.
 */
export function LibraryButtons({
  kind,
  path,
  savePath,
  pick = true,
}: {
  kind: LibraryKind
  path: JsonPath
  savePath?: JsonPath
  pick?: boolean
}) {
  const { t } = useTranslation()
  const session = useSession()
  // A locked place (a lodged declaration) takes nothing from the library; saving it still works.
  const open = useMayChange(path)
  return (
    <div className="legend-actions">
      {pick && open && (
        <button type="button" onClick={() => useUi.getState().setLibraryPicker({ kind, path })}>
          {t(`library.${kind}.from`)}
        </button>
      )}
      {savePath && (
        <button type="button" onClick={() => void SAVE[kind]?.(session, savePath)}>
          {t(`library.${kind}.save`)}
        </button>
      )}
    </div>
  )
}
