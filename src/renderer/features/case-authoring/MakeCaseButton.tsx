/** "Make a case…" for the declaration in the editor, and the authoring dialog it opens. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CaseAuthorDialog } from './CaseAuthorDialog'

export function MakeCaseButton({ id }: { id: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('caseAuthor.action')}
      </button>
      {open && <CaseAuthorDialog key={id} id={id} onClose={() => setOpen(false)} />}
    </>
  )
}
