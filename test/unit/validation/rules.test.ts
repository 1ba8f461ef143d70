/**
 * Every rule of the catalogue, one failing and one passing case each, driven from the
 * catalogue: a rule without a case fails the suite. Each failing case also lists every other
 * finding it causes (`also`), so cascades stay visible.
 */
import { describe, expect, it } from 'vitest'
import type { ValidationOptions } from '../../../src/shared/validation/report'
import {
  RULES,
  RULE_IDS,
  type RuleDefinition,
  type RuleId,
} from '../../../src/shared/validation/rules'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { generateDeclaration } from '../../fixtures/generate'
import {
  allFindings,
  expectWellFormed,
  sample,
  SAMPLE_TODAY,
  type Doc,
  type SampleName,
} from './helpers'

interface RuleCase {
  base: SampleName
  /** changes the copy in place, or returns a whole other input */
  fail: (d: Doc) => unknown
  /** where the finding must point */
  path: string
  /** a variant that exercises the rule and satisfies it (default: the base sample itself) */
  pass?: (d: Doc) => unknown
  options?: Partial<ValidationOptions>
  passOptions?: Partial<ValidationOptions>
  /** other findings the failing case causes, as "rule path" */
  also?: string[]
}

const item = (d: Doc, i = 0) => d.consignments[0].items[i]
const ITEM0 = '/consignments/0/items/0'

/** One dangerous substance with every particular ADR 5.4.1.1.1 asks for. */
const dangerousGoods = (unNumber: string) => ({
  unNumber,
  properShippingName: 'GAS OIL',
  class: '3',
  packingGroup: 'III',
})

const CASES: Record<RuleId, RuleCase> = {
  'structure.not-an-object': { base: 'tir', fail: () => [], path: '' },
  'structure.unreadable': {
    base: 'tir',
    fail: (d) => {
      Object.defineProperty(d, 'lrn', {
        enumerable: true,
        get() {
          throw new Error('a getter that throws')
        },
      })
    },
    path: '',
  },
  'structure.format': {
    base: 'tir',
    fail: (d) => void (d.format = 'transitdesk.declaration/2'),
    path: '/format',
  },
  'structure.required': {
    base: 'tir',
    fail: (d) => void delete d.placeOfDeclaration,
    path: '/placeOfDeclaration',
  },
  'structure.type': {
    base: 'tir',
    fail: (d) => void (item(d).grossMass = '12240 kg'),
    path: `${ITEM0}/grossMass`,
  },
  'structure.length': {
    base: 'tir',
    fail: (d) => void (d.placeOfDeclaration = 'A'.repeat(36)),
    path: '/placeOfDeclaration',
    pass: (d) => void (d.placeOfDeclaration = 'A'.repeat(35)),
  },
  'structure.count': {
    base: 'tir',
    fail: (d) => void (d.transport.meansAtDeparture = []),
    path: '/transport/meansAtDeparture',
  },
  'structure.enum': {
    base: 'tir',
    fail: (d) => void (d.procedure = 'T3'),
    path: '/procedure',
  },
  'structure.pattern': {
    base: 'tir',
    fail: (d) => void (item(d).dangerousGoods = [dangerousGoods('120')]),
    path: `${ITEM0}/dangerousGoods/0/unNumber`,
    pass: (d) => void (item(d).dangerousGoods = [dangerousGoods('1202')]),
  },
  'structure.range': {
    base: 'tir',
    fail: (d) => void (item(d).grossMass = 0),
    path: `${ITEM0}/grossMass`,
  },
  'structure.decimals': {
    base: 'tir',
    fail: (d) => void (item(d).grossMass = 12240.0005),
    path: `${ITEM0}/grossMass`,
    pass: (d) => void (item(d).grossMass = 12240.125),
  },
  'date.format': {
    base: 'tir',
    fail: (d) => void (d.limitDate = '2026-02-30'),
    path: '/limitDate',
    pass: (d) => void (d.limitDate = '2028-02-29'),
  },
  'items.sequence': {
    base: 'tir',
    fail: (d) => void (item(d, 1).sequence = 3),
    path: '/consignments/0/items/1/sequence',
  },
  'items.too-many': {
    base: 'tir',
    fail: () => generateDeclaration(1000),
    path: '/consignments/0/items/999',
    pass: () => generateDeclaration(999),
    options: { today: '2026-02-04' },
  },
  'seals.duplicate': {
    base: 'national',
    fail: (d) => void (d.seals = ['PKC-0048812', 'PKC-0048812']),
    path: '/seals/1',
  },
  'lrn.format': { base: 'tir', fail: (d) => void (d.lrn = 'KZ ALA 2026'), path: '/lrn' },
  'lrn.unique': {
    base: 'tir',
    fail: () => undefined,
    options: { lrnTaken: true },
    passOptions: { lrnTaken: false },
    path: '/lrn',
  },
  'mrn.format': {
    base: 't1',
    fail: (d) => void (d.mrn = '26GE00000001234'),
    path: '/mrn',
    pass: (d) => void (d.mrn = '26GE000000012345J2'),
  },
  'mrn.check-character': {
    base: 'tir',
    fail: (d) => void (d.mrn = '26KZ000000012345J5'),
    path: '/mrn',
    pass: (d) => void (d.mrn = '26KZ000000012345J4'),
  },
  'mrn.procedure-character': {
    base: 't1',
    fail: (d) => void (d.mrn = '26GE000000012345A0'),
    path: '/mrn',
    pass: (d) => void (d.mrn = '26GE000000012345J2'),
  },
  'mrn.td-number': {
    base: 'eaeu',
    fail: (d) => void (d.mrn = '06611/310226/0001234'),
    path: '/mrn',
    pass: (d) => void (d.mrn = '06611/280126/0001234'),
  },
  'container.format': {
    base: 'national',
    fail: (d) => void (item(d).containers = ['MSK1234565']),
    path: `${ITEM0}/containers/0`,
  },
  'container.check-digit': {
    base: 'national',
    fail: (d) => void (item(d).containers = ['MSKU1234566']),
    path: `${ITEM0}/containers/0`,
  },
  'grn.format': {
    base: 't1',
    fail: (d) => void (d.guarantee.reference = '26GE00000000001'),
    path: '/guarantee/reference',
  },
  'grn.check-character': {
    base: 't1',
    fail: (d) => void (d.guarantee.reference = '26GE0000001234567'),
    path: '/guarantee/reference',
    pass: (d) => void (d.guarantee.reference = '26GE0000001234566A123456'),
  },
  'carnet.format': {
    base: 'tir',
    fail: (d) => void (d.guarantee.reference = 'XZ21234567'),
    path: '/guarantee/reference',
    pass: (d) => void (d.guarantee.reference = 'XH25000123'),
  },
  'tir.holder-id-format': {
    base: 'tir',
    fail: (d) => void (d.holder.tirHolderId = 'KAZ-015-000231'),
    path: '/holder/tirHolderId',
  },
  'identification.kz-bin': {
    base: 'tir',
    fail: (d) => void (d.holder.identification.value = '050140001239'),
    path: '/holder/identification/value',
  },
  'identification.pk-cnic': {
    base: 'tir',
    fail: (d) =>
      void (d.consignments[0].consignee.identification = {
        scheme: 'PK-CNIC',
        value: '35202-123456-1',
      }),
    path: '/consignments/0/consignee/identification/value',
    pass: (d) =>
      void (d.consignments[0].consignee.identification = {
        scheme: 'PK-CNIC',
        value: '35202-1234567-1',
      }),
  },
  'identification.pk-ntn': {
    base: 'tir',
    fail: (d) => void (d.consignments[0].consignee.identification.value = '45127890'),
    path: '/consignments/0/consignee/identification/value',
    pass: (d) => void (d.consignments[0].consignee.identification.value = '4512789-1'),
  },
  'identification.ru-inn': {
    base: 'tir',
    fail: (d) => void (d.carrier.identification = { scheme: 'RU-INN', value: '7736050004' }),
    path: '/carrier/identification/value',
    pass: (d) => void (d.carrier.identification = { scheme: 'RU-INN', value: '7736050003' }),
  },
  'identification.by-unp': {
    base: 'eaeu',
    fail: (d) => void (d.holder.identification.value = '190123456'),
    path: '/holder/identification/value',
  },
  'identification.uz-pinfl': {
    base: 'tir',
    fail: (d) => void (d.carrier.identification = { scheme: 'UZ-PINFL', value: '3021234567890' }),
    path: '/carrier/identification/value',
    pass: (d) => void (d.carrier.identification = { scheme: 'UZ-PINFL', value: '30212345678901' }),
  },
  'identification.uz-tin': {
    base: 'tir',
    fail: (d) => void (d.carrier.identification = { scheme: 'UZ-TIN', value: '30212345' }),
    path: '/carrier/identification/value',
    pass: (d) => void (d.carrier.identification = { scheme: 'UZ-TIN', value: '302123456' }),
  },
  'identification.eori': {
    base: 'tir',
    fail: (d) => void (d.carrier.identification = { scheme: 'EORI', value: 'K1234567' }),
    path: '/carrier/identification/value',
    pass: (d) => void (d.carrier.identification = { scheme: 'EORI', value: 'DE123456789012345' }),
  },
  'office.reference': {
    base: 'eaeu',
    // A national code is an EAEU member's: not for an office in Uzbekistan.
    fail: (d) =>
      void (d.officeOfDestination = { reference: '55201', name: 'Tashkent', country: 'UZ' }),
    path: '/officeOfDestination/reference',
    pass: (d) => void (d.officeOfDestination.reference = '55201001'),
    also: [
      'office.destination-country /officeOfDestination/country',
      'eaeu.office-country /officeOfDestination/country',
    ],
  },
  'office.country-match': {
    base: 'tir',
    fail: (d) => void (d.officeOfDeparture.reference = 'UZ510100'),
    path: '/officeOfDeparture/reference',
  },
  'locode.format': {
    base: 'tir',
    fail: (d) => void (d.placeOfLoading.locode = 'KZAL1'),
    path: '/placeOfLoading/locode',
  },
  'locode.country-match': {
    base: 'tir',
    fail: (d) => void (d.placeOfLoading.locode = 'UZTAS'),
    path: '/placeOfLoading/locode',
  },
  'code.country': {
    base: 'tir',
    fail: (d) => void (item(d).countryOfOrigin = 'kz'),
    path: `${ITEM0}/countryOfOrigin`,
  },
  'code.currency': {
    base: 'national',
    fail: (d) => void (d.guarantee.amount.currency = 'RUR'),
    path: '/guarantee/amount/currency',
  },
  'hs.format': {
    base: 'tir',
    fail: (d) => void (item(d).hsCode = '5205.12'),
    path: `${ITEM0}/hsCode`,
    pass: (d) => void (item(d).hsCode = '5205120000'),
  },
  'hs.subheading': {
    base: 'eaeu',
    fail: (d) => void (item(d, 1).hsCode = '843399'),
    path: '/consignments/0/items/1/hsCode',
  },
  'code.package-kind': {
    base: 'tir',
    fail: (d) => void (item(d).packages[0].kind = 'Q9'),
    path: `${ITEM0}/packages/0/kind`,
  },
  'code.transport-mode': {
    base: 'tir',
    fail: (d) => void (d.transport.inlandMode = '0'),
    path: '/transport/inlandMode',
    pass: (d) => void (d.transport.inlandMode = '6'),
  },
  'code.unit': {
    base: 'tir',
    fail: (d) => void (item(d, 2).supplementaryUnits.unit = 'PCS'),
    path: '/consignments/0/items/2/supplementaryUnits/unit',
  },
  'code.incoterm': {
    base: 'tir',
    fail: (d) => void (d.invoice.incoterm.rule = 'FCO'),
    path: '/invoice/incoterm/rule',
  },
  'code.document': {
    base: 'tir',
    fail: (d) => void (d.documents[1].type = 'N999'),
    path: '/documents/1/type',
  },
  'mass.net-over-gross': {
    base: 'tir',
    fail: (d) => void (item(d, 1).netMass = 6200),
    path: '/consignments/0/items/1/netMass',
    pass: (d) => void (item(d, 1).netMass = 6150),
  },
  'invoice.item-value': {
    base: 'tir',
    fail: (d) => void delete item(d).value,
    path: `${ITEM0}/value`,
    pass: (d) => {
      delete d.invoice
      delete item(d).value
    },
  },
  'invoice.item-currency': {
    base: 'tir',
    fail: (d) => void (item(d).value.currency = 'EUR'),
    path: `${ITEM0}/value/currency`,
  },
  'invoice.total': {
    base: 'tir',
    fail: (d) => void (d.invoice.total = 61250.02),
    path: '/invoice/total',
    pass: (d) => void (d.invoice.total = 61250.01),
  },
  'package.count-whole': {
    base: 'tir',
    fail: (d) => void (item(d).packages[0].count = 480.5),
    path: `${ITEM0}/packages/0/count`,
  },
  'package.count-required': {
    base: 'eaeu',
    // Unpacked goods (NE) are counted too (NCTS C0060); their marks may be left out.
    fail: (d) => void delete item(d).packages[0].count,
    path: `${ITEM0}/packages/0/count`,
  },
  'package.bulk-count': {
    base: 'tir',
    fail: (d) => void (item(d).packages = [{ kind: 'VR', count: 3 }]),
    path: `${ITEM0}/packages/0/count`,
    pass: (d) => void (item(d).packages = [{ kind: 'VR' }]),
  },
  'package.marks-required': {
    base: 'tir',
    fail: (d) => void delete item(d).packages[0].marks,
    path: `${ITEM0}/packages/0/marks`,
  },
  'routing.start': {
    base: 'tir',
    fail: (d) => void (d.countriesOfRouting = ['UZ', 'AF', 'PK']),
    path: '/countriesOfRouting/0',
  },
  'routing.end': {
    base: 'tir',
    fail: (d) => void (d.countriesOfRouting = ['KZ', 'UZ', 'AF']),
    path: '/countriesOfRouting/2',
  },
  'routing.repeat': {
    base: 'tir',
    fail: (d) => void (d.countriesOfRouting = ['KZ', 'UZ', 'UZ', 'AF', 'PK']),
    path: '/countriesOfRouting/2',
    pass: (d) => void (d.countriesOfRouting = ['KZ', 'UZ', 'KZ', 'UZ', 'AF', 'PK']),
  },
  'office.departure-country': {
    base: 'tir',
    fail: (d) =>
      void (d.officeOfDeparture = { reference: 'UZ170300', name: 'Yallama', country: 'UZ' }),
    path: '/officeOfDeparture/country',
  },
  'office.destination-country': {
    base: 'tir',
    fail: (d) =>
      void (d.officeOfDestination = { reference: 'AF100200', name: 'Hairatan', country: 'AF' }),
    path: '/officeOfDestination/country',
  },
  'office.transit-country': {
    base: 'tir',
    fail: (d) =>
      void (d.officesOfTransit[0] = { reference: 'TJ000100', name: 'Dushanbe', country: 'TJ' }),
    path: '/officesOfTransit/0/country',
  },
  't1.office-country': {
    base: 't1',
    fail: (d) => {
      d.countryOfDestination = 'AZ'
      d.countriesOfRouting = ['GE', 'AZ']
      d.officesOfTransit = []
      d.officeOfDestination = { reference: 'AZ000100', name: 'Baku', country: 'AZ' }
    },
    path: '/officeOfDestination/country',
  },
  'eaeu.office-country': {
    base: 'eaeu',
    fail: (d) => {
      d.countryOfDestination = 'UZ'
      d.countriesOfRouting = ['BY', 'RU', 'KZ', 'UZ']
      d.officeOfDestination = { reference: 'UZ170300', name: 'Tashkent', country: 'UZ' }
    },
    path: '/officeOfDestination/country',
  },
  'tir.vouchers': {
    base: 'tir',
    fail: (d) => void (d.guarantee.vouchers = 6),
    path: '/guarantee/vouchers',
    pass: (d) => {
      d.guarantee.vouchers = 4
      d.countriesOfRouting = ['KZ', 'PK']
      d.officesOfTransit = []
    },
  },
  'date.declaration-future': {
    base: 'tir',
    fail: (d) => void (d.declarationDate = '2026-02-07'),
    path: '/declarationDate',
    pass: (d) => void (d.declarationDate = SAMPLE_TODAY),
  },
  'date.limit-before-declaration': {
    base: 'tir',
    fail: (d) => void (d.limitDate = '2026-02-03'),
    path: '/limitDate',
    pass: (d) => void (d.limitDate = d.declarationDate),
  },
  'carnet.expired': {
    base: 'tir',
    fail: (d) => void (d.guarantee.validUntil = '2026-02-03'),
    path: '/guarantee/validUntil',
    pass: (d) => void (d.guarantee.validUntil = d.declarationDate),
  },
  'guarantee.procedure': {
    base: 'eaeu',
    // An EAEU transit is not secured by a TIR Carnet.
    fail: (d) =>
      void (d.guarantee = {
        kind: 'TIR_CARNET',
        reference: 'XZ81234567',
        validUntil: '2026-03-15',
        vouchers: 6,
      }),
    path: '/guarantee/kind',
    pass: (d) =>
      void (d.guarantee = {
        kind: 'PLEDGE',
        reference: 'BY-ZL-2026-118',
        amount: { amount: 40000, currency: 'EUR' },
      }),
  },
  'guarantee.element-required': {
    base: 'tir',
    fail: (d) => void delete d.guarantee.vouchers,
    path: '/guarantee/vouchers',
  },
  'party.address-required': {
    base: 'tir',
    fail: (d) => void delete d.consignments[0].consignee.address,
    path: '/consignments/0/consignee/address',
    pass: (d) => void delete d.carrier.address,
  },
  'tir.holder-id-required': {
    base: 'tir',
    fail: (d) => void delete d.holder.tirHolderId,
    path: '/holder/tirHolderId',
    pass: (d) => void delete d.consignments[0].consignor.tirHolderId,
  },
  'tir.road-means': {
    base: 'tir',
    fail: (d) =>
      void (d.transport.meansAtDeparture = [
        { kind: 'wagon', identity: '52345678', nationality: 'KZ' },
      ]),
    path: '/transport/meansAtDeparture',
    pass: (d) =>
      void (d.transport.meansAtDeparture = [
        { kind: 'rigid', identity: '123ABC02', nationality: 'KZ' },
      ]),
  },
  'tir.approval-certificate': {
    base: 'tir',
    fail: (d) => void delete d.transport.approvalCertificate,
    path: '/transport/approvalCertificate',
    pass: (d) => {
      delete d.transport.approvalCertificate
      d.transport.containerised = true
      for (const goods of d.consignments[0].items) goods.containers = ['CSQU3054383']
    },
  },
  'tir.heavy-bulky-approval': {
    base: 'tir',
    fail: (d) => {
      delete d.transport.approvalCertificate
      d.transport.heavyOrBulky = true
    },
    path: '/transport/approvalCertificate',
    pass: (d) => void (d.transport.heavyOrBulky = true),
  },
  'eaeu.union-goods': {
    base: 'eaeu',
    fail: (d) => void (d.goodsStatus = 'union'),
    path: '/goodsStatus',
    // Union goods by sea from Saint Petersburg to Kaliningrad: art. 142(2).
    pass: (d) => {
      d.goodsStatus = 'union'
      d.transport.borderMode = '1'
    },
  },
  'carrier.required': {
    base: 'eaeu',
    fail: (d) => void delete d.carrier,
    path: '/carrier',
    pass: (d) => {
      delete d.carrier
      d.transport.borderMode = '1'
    },
  },
  'documents.transport-mode': {
    base: 'eaeu',
    fail: (d) => void (d.documents[1].type = 'N730'),
    path: '/documents/1/type',
  },
  'documents.ata-carnet': {
    base: 'tir',
    fail: (d) => void (d.documents[3].type = 'N955'),
    path: '/documents/3/type',
  },
  'dangerous-goods.particulars': {
    base: 'tir',
    fail: (d) => void (item(d).dangerousGoods = [{ unNumber: '1202', class: '3' }]),
    path: `${ITEM0}/dangerousGoods/0`,
    pass: (d) =>
      void (item(d).dangerousGoods = [
        {
          unNumber: '1202',
          properShippingName: 'GAS OIL',
          class: '3',
          packingGroup: 'III',
          tunnelCode: '(D/E)',
        },
      ]),
  },
  'containers.required': {
    base: 'national',
    fail: (d) => void (item(d).containers = []),
    path: `${ITEM0}/containers`,
  },
  'containers.unexpected': {
    base: 'tir',
    fail: (d) => void (item(d).containers = ['CSQU3054383']),
    path: '/transport/containerised',
  },
  'print.glyph-missing': {
    base: 'tir',
    fail: (d) => void (d.consignments[0].consignee.name = 'Ningbo Trading 宁波贸易'),
    path: '/consignments/0/consignee/name',
    // Kazakh, Uzbek and Dari letters are in the fonts.
    pass: (d) => void (d.consignments[0].consignee.name = 'Қазақ Ғалым Ўзбек شرکت'),
  },
  'text.control-character': {
    base: 'tir',
    // A right-to-left override shows "USD 10,000" as "000,01 DSU"; the pop ends it.
    fail: (d) => void (item(d).description = 'Cotton \u202EUSD 10,000\u202C value'),
    path: `${ITEM0}/description`,
    // Line breaks and tabs belong in a description (a text area); any script is fine.
    pass: (d) => void (item(d).description = 'Cotton yarn\n\tcarded, 100 %\r\nпряжа хлопковая'),
  },
  'incoterm.containerised': {
    base: 'national',
    fail: () => undefined,
    path: '/invoice/incoterm/rule',
    // CFR Karachi moving on by road is normal (corrected rule: the border mode says nothing).
    pass: (d) => void (d.invoice.incoterm.rule = 'CPT'),
  },
}

function run(c: RuleCase, change: ((d: Doc) => unknown) | undefined, options = {}) {
  const d = sample(c.base)
  const replaced = change?.(d)
  const report = validateDeclaration(replaced === undefined ? d : replaced, {
    today: SAMPLE_TODAY,
    ...c.options,
    ...options,
  })
  expectWellFormed(report)
  return report
}

describe('rule catalogue', () => {
  it('has a failing and a passing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort())
  })

  it('describes every rule in one line, with a severity', () => {
    for (const id of RULE_IDS) {
      const rule: { severity: string; description: string; box?: string } = RULES[id]
      expect(id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/)
      expect(['error', 'warning']).toContain(rule.severity)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.description).not.toMatch(/\n/)
    }
  })

  it('treats the base samples as valid', () => {
    for (const base of ['tir', 'eaeu', 't1', 'full'] as const) {
      const report = validateDeclaration(sample(base), { today: SAMPLE_TODAY })
      expect(allFindings(report)).toEqual([])
    }
  })
})

describe.each(RULE_IDS.map((id) => [id, CASES[id]] as const))('%s', (id, c) => {
  const severity = RULES[id].severity

  it(`is reported at ${c.path || '""'} when broken`, () => {
    const report = run(c, c.fail)
    const list = severity === 'error' ? report.errors : report.warnings
    const hit = list.find((f) => f.rule === id && f.path === c.path)
    expect(hit, JSON.stringify(allFindings(report), null, 1)).toBeDefined()
    const others = allFindings(report)
      .filter((f) => f !== hit && !(f.rule === 'incoterm.containerised' && c.base === 'national'))
      .map((f) => `${f.rule} ${f.path}`)
    expect(others).toEqual(c.also ?? [])
    if ((RULES[id] as RuleDefinition).box !== undefined) expect(hit!.box).toBeDefined()
  })

  it('is not reported when kept', () => {
    const report = run(c, c.pass, c.passOptions)
    expect(allFindings(report).filter((f) => f.rule === id)).toEqual([])
    expect(report.errors).toEqual([])
  })
})

describe('one finding per fault', () => {
  const findings = (change: (d: Doc) => void, base: SampleName = 'tir') => {
    const d = sample(base)
    change(d)
    return allFindings(validateDeclaration(d, { today: SAMPLE_TODAY })).map(
      (f) => `${f.rule} ${f.path}`,
    )
  }

  it('a holder id of the wrong type is not also missing', () => {
    expect(findings((d) => void (d.holder.tirHolderId = 231))).toEqual([
      'structure.type /holder/tirHolderId',
    ])
  })

  it('a routing list without its last country does not also strand the transit office there', () => {
    expect(findings((d) => void d.countriesOfRouting.pop())).toEqual([
      'routing.end /countriesOfRouting/2',
    ])
  })

  it('an unknown guarantee type does not also break the procedure rule', () => {
    expect(findings((d) => void (d.guarantee.kind = 'BOND'))).toEqual([
      'structure.enum /guarantee/kind',
    ])
  })

  it('a missing invoice currency does not also flag every item currency or the total', () => {
    expect(findings((d) => void delete d.invoice.currency)).toEqual([
      'structure.required /invoice/currency',
    ])
  })

  it('a missing item value does not also break the invoice total', () => {
    expect(findings((d) => void delete d.consignments[0].items[2].value)).toEqual([
      'invoice.item-value /consignments/0/items/2/value',
    ])
  })
})
