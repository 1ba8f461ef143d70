/** One goods item as a row of the items table: its columns and its row buttons. */
import { memo } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { JsonValue } from '../../../../shared/json'
import { duplicateItem, moveItem, removeItem } from '../../../../shared/model/item-ops'
import { useMayChange } from '../../movement/edit-mode'
import type { EditorSession } from '../editor-session'
import { CodeField, NumberField, TextField } from '../fields'
import { HsCodeField } from '../HsCodeField'
import { focusFirstFault } from './item-table-aids'

export interface ItemRowProps {
  session: EditorSession
  consignment: number
  index: number
  /** only to re-render when this item changes */
  item: JsonValue
  last: boolean
  selected: boolean
  /** a finding in an element only the details show */
  faulty: boolean
  onSelect(index: number | null): void
}

export const ItemRow = memo(function ItemRow({
  session,
  consignment,
  index,
  last,
  selected,
  faulty,
  onSelect,
}: ItemRowProps) {
  const { t } = useTranslation()
  const path = ['consignments', consignment, 'items', index] as const
  const sequence = session.valueAt([...path, 'sequence'])
  const n = index + 1
  const open = useMayChange(['consignments', consignment, 'items'])
  return (
    <div
      className={selected ? 'items-row selected' : 'items-row'}
      role="row"
      data-row={index}
      aria-rowindex={n + 1}
    >
      <span className="col-sequence" role="cell">
        {typeof sequence === 'number' ? sequence : n}
      </span>
      <span className="col-description" role="cell">
        <TextField path={[...path, 'description']} element="item.description" compact />
      </span>
      <span className="col-hsCode" role="cell">
        <HsCodeField path={[...path, 'hsCode']} compact />
      </span>
      <span className="col-countryOfOrigin" role="cell">
        <CodeField
          path={[...path, 'countryOfOrigin']}
          element="item.countryOfOrigin"
          list="country"
          compact
        />
      </span>
      <span className="col-grossMass" role="cell">
        <NumberField path={[...path, 'grossMass']} element="item.grossMass" compact />
      </span>
      <span className="col-netMass" role="cell">
        <NumberField path={[...path, 'netMass']} element="item.netMass" compact />
      </span>
      <span className="col-packageKind" role="cell">
        <CodeField
          path={[...path, 'packages', 0, 'kind']}
          element="package.kind"
          list="packageKind"
          compact
        />
      </span>
      <span className="col-packageCount" role="cell">
        <NumberField
          path={[...path, 'packages', 0, 'count']}
          element="package.count"
          mode="numeric"
          compact
        />
      </span>
      <span className="col-value" role="cell">
        <NumberField path={[...path, 'value', 'amount']} element="item.value" compact />
      </span>
      <span className="col-actions" role="cell">
        <button
          type="button"
          aria-pressed={selected}
          aria-label={t(faulty ? 'editor.goods.detailsFaulty' : 'editor.goods.details', { n })}
          title={t(faulty ? 'editor.goods.detailsFaulty' : 'editor.goods.details', { n })}
          className={faulty ? 'details-faulty' : undefined}
          onClick={() => {
            if (selected) return onSelect(null)
            flushSync(() => onSelect(index))
            focusFirstFault()
          }}
        >
          ⋯
        </button>
        {open && (
          <>
            <button
              type="button"
              aria-label={t('editor.goods.moveUp', { n })}
              title={t('editor.goods.moveUp', { n })}
              disabled={index === 0}
              onClick={() => session.update((d) => moveItem(d, consignment, index, index - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('editor.goods.moveDown', { n })}
              title={t('editor.goods.moveDown', { n })}
              disabled={last}
              onClick={() => session.update((d) => moveItem(d, consignment, index, index + 1))}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t('editor.goods.duplicate', { n })}
              title={t('editor.goods.duplicate', { n })}
              onClick={() => session.update((d) => duplicateItem(d, consignment, index))}
            >
              ⊕
            </button>
            <button
              type="button"
              className="danger"
              aria-label={t('editor.goods.remove', { n })}
              title={t('editor.goods.remove', { n })}
              onClick={() => {
                if (selected) onSelect(null)
                session.update((d) => removeItem(d, consignment, index))
              }}
            >
              ✕
            </button>
          </>
        )}
      </span>
    </div>
  )
})
