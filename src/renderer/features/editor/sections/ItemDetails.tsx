/** Every element of one goods item, for what the table's columns do not show. */
import { useTranslation } from 'react-i18next'
import { CodeField, CountryField, NumberField, SelectField, TextField } from '../fields'
import { packingGroupOptions } from '../options'
import { DocumentFields } from './DocumentsSection'
import { LibraryButtons } from '../../library/LibraryButtons'
import { HsCodeField } from '../HsCodeField'
import { Repeated } from '../repeated'
import { useValue } from '../session-context'

interface ItemDetailsProps {
  consignment: number
  index: number
  onClose(): void
}

export function ItemDetails({ consignment, index, onClose }: ItemDetailsProps) {
  const { t } = useTranslation()
  const path = ['consignments', consignment, 'items', index] as const
  const sequence = useValue([...path, 'sequence'])
  return (
    <section
      className="item-details"
      aria-label={t('editor.goods.detailsTitle', { n: sequence ?? index + 1 })}
    >
      <header>
        <h3>{t('editor.goods.detailsTitle', { n: sequence ?? index + 1 })}</h3>
        <button type="button" onClick={onClose}>
          {t('editor.close')}
        </button>
      </header>
      <LibraryButtons kind="goods" path={path.slice(0, 2)} savePath={path} pick={false} />
      <div className="grid">
        <TextField path={[...path, 'description']} element="item.description" multiline />
        <HsCodeField path={[...path, 'hsCode']} />
        <CountryField path={[...path, 'countryOfOrigin']} element="item.countryOfOrigin" />
        <NumberField path={[...path, 'grossMass']} element="item.grossMass" />
        <NumberField path={[...path, 'netMass']} element="item.netMass" />
        <NumberField
          path={[...path, 'supplementaryUnits', 'quantity']}
          element="item.supplementaryQuantity"
        />
        <CodeField
          path={[...path, 'supplementaryUnits', 'unit']}
          element="item.supplementaryUnit"
          list="unit"
        />
        <NumberField path={[...path, 'value', 'amount']} element="item.value" />
        <CodeField
          path={[...path, 'value', 'currency']}
          element="item.valueCurrency"
          list="currency"
        />
        <TextField
          path={[...path, 'additionalInformation']}
          element="item.additionalInformation"
          multiline
        />
      </div>
      <Repeated
        path={[...path, 'packages']}
        element="item.packages"
        create={() => ({})}
        renderEntry={(p) => (
          <div className="grid grid--tight">
            <CodeField path={[...p, 'kind']} element="package.kind" list="packageKind" />
            <NumberField path={[...p, 'count']} element="package.count" mode="numeric" />
            <TextField path={[...p, 'marks']} element="package.marks" />
          </div>
        )}
      />
      <Repeated
        path={[...path, 'containers']}
        element="item.containers"
        inline
        create={() => ''}
        renderEntry={(p) => <TextField path={p} element="container" upper compact />}
      />
      <Repeated
        path={[...path, 'dangerousGoods']}
        element="item.dangerousGoods"
        create={() => ({})}
        renderEntry={(p) => (
          <div className="grid grid--tight">
            <TextField path={[...p, 'unNumber']} element="dangerous.unNumber" />
            <TextField path={[...p, 'properShippingName']} element="dangerous.properShippingName" />
            <TextField path={[...p, 'class']} element="dangerous.class" />
            <SelectField
              path={[...p, 'packingGroup']}
              element="dangerous.packingGroup"
              options={packingGroupOptions()}
              optional
            />
            <TextField path={[...p, 'tunnelCode']} element="dangerous.tunnelCode" upper />
          </div>
        )}
      />
      <Repeated
        path={[...path, 'documents']}
        element="item.documents"
        create={() => ({})}
        renderEntry={(p) => <DocumentFields path={p} />}
      />
    </section>
  )
}
