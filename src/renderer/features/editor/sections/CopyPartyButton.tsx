/** "Same as the holder": one click instead of typing the same party twice. */
import { useTranslation } from 'react-i18next'
import type { JsonPath } from '../../../../shared/json'
import { copyParty, hasParty } from '../../../../shared/model/party-ops'
import { useMayChange } from '../../movement/edit-mode'
import { useSelector, useSession } from '../session-context'

export function CopyPartyButton({ to }: { to: JsonPath }) {
  const { t } = useTranslation()
  const session = useSession()
  const holderTyped = useSelector((d) => hasParty(d, ['holder']))
  const open = useMayChange(to)
  if (!open || !holderTyped) return null
  return (
    <div className="legend-actions">
      <button type="button" onClick={() => session.update((d) => copyParty(d, ['holder'], to))}>
        {t('editor.sameAsHolder')}
      </button>
    </div>
  )
}
