/** "Make a case…" for the declaration in the editor, and the authoring dialog it opens. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { lazyPart } from '../../components/lazy-part'
// The dialog's styles come with the window's, in their place in the cascade; only its code waits.
import './case-authoring.css'

// Loaded the first time it opens: few users write cases.
const CaseAuthorDialog = lazyPart(() =>
  import('./CaseAuthorDialog').then((m) => m.CaseAuthorDialog),
)

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
