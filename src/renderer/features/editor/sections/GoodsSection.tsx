/**
 * Consignments and their goods items (TIR-EPD "consignments"): consignor and consignee, the
 * items table (virtualised: 999 items stay smooth) and the full details of the chosen item.
 */
import { useMayChange } from '../../movement/edit-mode'
import { useTranslation } from 'react-i18next'
import { asArray } from '../../../../shared/json'
import { addConsignment, removeConsignment, totalItems } from '../../../../shared/model/item-ops'
import { LIMITS } from '../../../../shared/format/constants'
import { useUi } from '../../../state/ui-store'
import { useSelector, useSession } from '../session-context'
import { CopyPartyButton } from './CopyPartyButton'
import { ItemDefaults } from './ItemDefaults'
import { ItemDetails } from './ItemDetails'
import { ItemsTable } from './ItemsTable'
import { PartyFields } from './PartyFields'

export function GoodsSection() {
  const { t } = useTranslation()
  const session = useSession()
  const consignmentCount = useSelector((d) => asArray(d.consignments).length)
  const { consignment: chosen, item: itemIndex, partiesOpen } = useUi((s) => s.goods)
  const setGoods = useUi((s) => s.setGoods)
  const setChosen = (consignment: number) => setGoods({ consignment })
  const setItemIndex = (item: number | null) => setGoods({ item })
  const c = Math.min(chosen, Math.max(0, consignmentCount - 1))
  const items = useSelector(totalItems)
  const open = useMayChange(['consignments'])

  return (
    <>
      <div className="consignment-bar" role="group" aria-label={t('editor.goods.consignments')}>
        {Array.from({ length: consignmentCount }, (_, i) => (
          <button
            key={i}
            type="button"
            aria-pressed={i === c}
            onClick={() => {
              setChosen(i)
              setItemIndex(null)
            }}
          >
            {t('editor.goods.consignment', { n: i + 1 })}
          </button>
        ))}
        {open && (
          <>
            <button
              type="button"
              className="add"
              disabled={consignmentCount >= LIMITS.consignments || items >= LIMITS.itemsTotal}
              onClick={() => {
                session.update(addConsignment)
                setChosen(consignmentCount)
                setItemIndex(null)
              }}
            >
              {t('editor.goods.addConsignment')}
            </button>
            {consignmentCount > 1 && (
              <button
                type="button"
                className="danger"
                onClick={() => {
                  session.update((d) => removeConsignment(d, c))
                  setChosen(Math.max(0, c - 1))
                  setItemIndex(null)
                }}
              >
                {t('editor.goods.removeConsignment', { n: c + 1 })}
              </button>
            )}
          </>
        )}
        <span className="count">
          {t('editor.goods.itemCount', { count: items, max: LIMITS.itemsTotal })}
        </span>
      </div>
      {consignmentCount === 0 ? (
        <p className="empty">{t('editor.goods.noConsignment')}</p>
      ) : (
        <>
          <details
            className="parties-of-consignment"
            open={partiesOpen}
            onToggle={(e) => {
              const open = e.currentTarget.open
              if (open !== partiesOpen) setGoods({ partiesOpen: open })
            }}
          >
            <summary>{t('editor.goods.partiesSummary', { n: c + 1 })}</summary>
            <div className="two-columns">
              <div>
                <CopyPartyButton to={['consignments', c, 'consignor']} />
                <PartyFields
                  path={['consignments', c, 'consignor']}
                  element="consignor"
                  requireAddress
                />
              </div>
              <PartyFields
                path={['consignments', c, 'consignee']}
                element="consignee"
                requireAddress
              />
            </div>
          </details>
          <ItemDefaults />
          <ItemsTable consignment={c} selected={itemIndex} onSelect={setItemIndex} />
          {itemIndex !== null && (
            <ItemDetails consignment={c} index={itemIndex} onClose={() => setItemIndex(null)} />
          )}
        </>
      )}
    </>
  )
}
