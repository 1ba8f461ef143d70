import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { useUi } from '../../state/ui-store'

/** An imported LRN already exists: replace it, keep both (new LRN), or skip this file. */
export function ConflictDialog() {
  const { t } = useTranslation()
  const conflict = useUi((s) => s.conflict)
  const [applyToAll, setApplyToAll] = useState(false)
  if (!conflict) return null
  const choose = (choice: 'replace' | 'keep-both' | 'skip') => conflict.resolve(choice, applyToAll)
  return (
    <Modal title={t('conflict.title')} onCancel={() => choose('skip')}>
      <p>
        {t(conflict.existingInTrash ? 'conflict.questionTrash' : 'conflict.question', {
          file: conflict.fileName,
          lrn: conflict.lrn,
        })}
      </p>
      <label className="apply-all">
        <input
          type="checkbox"
          checked={applyToAll}
          onChange={(e) => setApplyToAll(e.currentTarget.checked)}
        />
        {t('conflict.applyToAll')}
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => choose('replace')}>
          {t('conflict.replace')}
        </button>
        <button type="button" onClick={() => choose('keep-both')}>
          {t('conflict.keepBoth')}
        </button>
        <button type="button" onClick={() => choose('skip')} autoFocus>
          {t('conflict.skip')}
        </button>
      </div>
    </Modal>
  )
}
