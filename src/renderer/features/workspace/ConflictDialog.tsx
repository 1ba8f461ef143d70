import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { useUi, type PendingConflict } from '../../state/ui-store'

/** An imported LRN already exists: replace it, keep both (new LRN), or skip this file. */
export function ConflictDialog() {
  const conflict = useUi((s) => s.conflict)
  // A dialog of its own for each question: "apply to all" is never carried to the next import.
  return conflict ? (
    <ConflictQuestion key={conflict.fileName + conflict.lrn} conflict={conflict} />
  ) : null
}

function ConflictQuestion({ conflict }: { conflict: PendingConflict }) {
  const { t } = useTranslation()
  const [applyToAll, setApplyToAll] = useState(false)
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
