/**
 * `transitdesk validate FILE.json [FILE2.json …] [--json] [--today YYYY-MM-DD]` (packet.md,
 * "Command line"). Exit 0: every file valid (warnings allowed); 1: a file has errors; 2: a file
 * is unreadable. With several files the worst outcome wins (2 > 1 > 0).
 */
import { parseArgs } from 'node:util'
import { localDate } from '../shared/dates'
import { renderReport } from '../shared/validation/finding-text'
import type { RenderedReport } from '../shared/validation/report'
import { validateDeclaration } from '../shared/validation/validate'
import { isCalendarDate } from '../shared/dates'
import { EXIT, UsageError, type CliIo } from './io'
import { findingLine, oneLine } from './output'
import type { Translate } from '../shared/validation/finding-text'
import { readDeclarationFile } from './read-file'

/**
 * The usage, in the words of `t` (`cli.usage.validate`). It tells that the `error` / `warning`
 * words and the rule ids of a finding line stay English, whatever the language.
 */
export function validateUsage(t: Translate): string {
  return t('cli.usage.validate')
}

/** The outcome for one file named on the command line, its findings in English. */
export type FileOutcome =
  { file: string; report: RenderedReport } | { file: string; unreadable: string }

export function runValidate(args: string[], io: CliIo, t: Translate): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    io.stdout(validateUsage(t) + '\n')
    return 0
  }
  if (positionals.length === 0) throw new UsageError(t('cli.problem.validateNeedsFile'))
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(t('cli.problem.badToday', { value: values.today }))
  }
  const today = values.today ?? localDate(new Date())

  const outcomes = positionals.map((file) => validateFile(file, today, t))
  for (const outcome of outcomes) {
    if ('unreadable' in outcome) io.stderr(oneLine(outcome.unreadable) + '\n')
  }
  if (values.json) {
    const json = outcomes.length === 1 ? onlyReport(outcomes[0]) : outcomes
    if (json !== undefined) io.stdout(JSON.stringify(json, null, 2) + '\n')
  } else {
    io.stdout(humanText(outcomes, t))
  }
  return Math.max(...outcomes.map(exitCodeOf))
}

export function validateFile(file: string, today: string, t: Translate): FileOutcome {
  const read = readDeclarationFile(file, t)
  if (!read.ok) return { file, unreadable: read.message }
  try {
    return { file, report: renderReport(validateDeclaration(read.declaration, { today }), t) }
  } catch (error) {
    // The validator promises a report for any input; should it break, say so in one line.
    const detail = error instanceof Error ? error.message : String(error)
    return { file, unreadable: t('cli.internalError', { file, detail }) }
  }
}

function exitCodeOf(outcome: FileOutcome): number {
  if ('unreadable' in outcome) return EXIT.unreadable
  return outcome.report.valid ? EXIT.valid : EXIT.errors
}

/** With one file, `--json` prints its report object alone; nothing when it is unreadable. */
function onlyReport(outcome: FileOutcome): RenderedReport | undefined {
  return 'report' in outcome ? outcome.report : undefined
}

function humanText(outcomes: FileOutcome[], t: Translate): string {
  const several = outcomes.length > 1
  const lines: string[] = []
  for (const outcome of outcomes) {
    if (several) lines.push(`${oneLine(outcome.file)}:`)
    if ('unreadable' in outcome) {
      // The reason is on stderr; a lone unreadable file prints nothing on stdout.
      if (several) lines.push(t('cli.unreadable'))
      continue
    }
    const { report } = outcome
    for (const finding of report.errors) lines.push(findingLine('error', finding, t))
    for (const finding of report.warnings) lines.push(findingLine('warning', finding, t))
    lines.push(statusLine(report, t))
  }
  if (several) {
    const unreadable = outcomes.filter((o) => 'unreadable' in o).length
    const reports = outcomes.flatMap((o) => ('report' in o ? [o.report] : []))
    const valid = reports.filter((r) => r.valid).length
    const errors = reports.reduce((n, r) => n + r.errors.length, 0)
    const warnings = reports.reduce((n, r) => n + r.warnings.length, 0)
    lines.push(
      t('cli.summary', {
        files: t('cli.files', { count: outcomes.length }),
        valid,
        invalid: reports.length - valid,
        unreadable,
        errors: t('cli.errors', { count: errors }),
        warnings: t('cli.warnings', { count: warnings }),
      }),
    )
  }
  return lines.map((line) => line + '\n').join('')
}

function statusLine(report: RenderedReport, t: Translate): string {
  return t(report.valid ? 'cli.valid' : 'cli.notValid', {
    errors: t('cli.errors', { count: report.errors.length }),
    warnings: t('cli.warnings', { count: report.warnings.length }),
  })
}
