/** Choices for the editor's selects, labelled through i18next. */
import type { TFunction } from 'i18next'
import {
  CARNET_VOUCHERS,
  GOODS_STATUSES,
  GUARANTEE_KINDS,
  IDENTIFICATION_SCHEMES,
  MEANS_KINDS,
  PACKING_GROUPS,
  PROCEDURES,
} from '../../../shared/format/constants'
import type { Option } from './fields'

export const procedureOptions = (t: TFunction): Option[] =>
  PROCEDURES.map((p) => ({ value: p, label: t(`code.procedure.${p}`) }))

export const guaranteeKindOptions = (t: TFunction): Option[] =>
  GUARANTEE_KINDS.map((k) => ({ value: k, label: t(`code.guarantee.${k}`) }))

export const voucherOptions = (): Option[] =>
  CARNET_VOUCHERS.map((n) => ({ value: n, label: String(n) }))

export const meansKindOptions = (t: TFunction): Option[] =>
  MEANS_KINDS.map((k) => ({ value: k, label: t(`code.means.${k}`) }))

export const goodsStatusOptions = (t: TFunction): Option[] =>
  GOODS_STATUSES.map((s) => ({ value: s, label: t(`code.goodsStatus.${s}`) }))

export const packingGroupOptions = (): Option[] =>
  PACKING_GROUPS.map((g) => ({ value: g, label: g }))

export const identificationSchemeOptions = (): Option[] =>
  IDENTIFICATION_SCHEMES.map((s) => ({ value: s, label: s }))
