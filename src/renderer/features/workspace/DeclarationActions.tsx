import { useTranslation } from 'react-i18next'
import { useUi } from '../../state/ui-store'
import { MakeCaseButton } from '../case-authoring/MakeCaseButton'
import { duplicateDeclaration, exportDeclaration, trashDeclaration } from './commands'

/**
 * Export, packet, history, duplicate as template, make a training case, trash: for the
 * declaration in the editor.
 */
export function DeclarationActions({ id }: { id: string }) {
  const { t } = useTranslation()
  return (
    <>
      <button type="button" onClick={() => void exportDeclaration(id)} title="Ctrl+E">
        {t('actions.export')}
      </button>
      <button type="button" onClick={() => useUi.getState().setPacketFor(id)} title="Ctrl+P">
        {t('actions.packet')}
      </button>
      <button type="button" onClick={() => useUi.getState().setHistoryFor(id)}>
        {t('actions.history')}
      </button>
      <button type="button" onClick={() => void duplicateDeclaration(id)}>
        {t('actions.duplicate')}
      </button>
      <MakeCaseButton id={id} />
      <button type="button" className="danger" onClick={() => void trashDeclaration(id)}>
        {t('actions.trash')}
      </button>
    </>
  )
}
