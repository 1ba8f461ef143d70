/**
 * The sentence of a finding, in the reader's language: the catalogue's `validation.rule.<rule>`
 * (with the finding's `context`, when the rule has several sentences) filled in with the values
 * the finding names. This is the only place findings become words; the validator, the workers and
 * the stored counts never hold any.
 */
import { capitalise, describePointer, type Translate } from './describe'
import type {
  Finding,
  FindingParam,
  QuotedValue,
  RenderedFinding,
  RenderedReport,
  ValidationReport,
} from './report'

export type { Translate } from './describe'

/** A quoted value: "MSKU1234566" in the language's quotes, a number, or what it is. */
function quotedText(value: QuotedValue, t: Translate): string {
  if ('text' in value)
    return t('validation.value.text', { text: value.text + (value.cut ? '…' : '') })
  if ('number' in value) return String(value.number)
  return t(`validation.value.${value.other}`)
}

/** What kind of value it is: "the text "abc"", "the number 5", "a list". */
function kindText(value: QuotedValue, t: Translate): string {
  if ('text' in value) return t('validation.kind.text', { value: quotedText(value, t) })
  if ('number' in value) return t('validation.kind.number', { number: value.number })
  return t(`validation.kind.${value.other}`)
}

function paramText(param: FindingParam, t: Translate): string | number {
  if (typeof param !== 'object') return param
  if ('quote' in param) return quotedText(param.quote, t)
  if ('kind' in param) return kindText(param.kind, t)
  if ('element' in param) return describePointer(param.element, t, param.item)
  if (Array.isArray(param.list)) return param.list.join(t('validation.listSeparator'))
  const named = param as { code: string; list: string }
  return t(`code.${named.list}.${named.code}`, { defaultValue: named.code })
}

/** The finding's sentence. */
export function findingText(finding: Finding, t: Translate): string {
  const values: Record<string, unknown> = {}
  for (const [key, param] of Object.entries(finding.params)) values[key] = paramText(param, t)
  const item = typeof finding.params.item === 'number' ? finding.params.item : undefined
  const what = describePointer(finding.path, t, item)
  return t(`validation.rule.${finding.rule}`, { ...values, what, What: capitalise(what) })
}

export function renderFinding(finding: Finding, t: Translate): RenderedFinding {
  const rendered: RenderedFinding = {
    rule: finding.rule,
    path: finding.path,
    message: findingText(finding, t),
  }
  if (finding.box !== undefined) rendered.box = finding.box
  return rendered
}

/** The report as validation.md shows it: every finding with its sentence. */
export function renderReport(report: ValidationReport, t: Translate): RenderedReport {
  return {
    valid: report.valid,
    errors: report.errors.map((f) => renderFinding(f, t)),
    warnings: report.warnings.map((f) => renderFinding(f, t)),
  }
}
