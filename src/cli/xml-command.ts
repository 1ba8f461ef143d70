/**
 * `transitdesk xml FILE.json -o OUT.xml|- [--prepared-at TIME] [--today YYYY-MM-DD]`: the NCTS
 * declaration message (IE015, CC015C) of a T1, T2 or TIR declaration. Exit 0: written;
 * 1: the declaration has errors (listed as by `validate`; nothing written); 2: a procedure
 * without an NCTS message (EAEU, NATIONAL), unreadable input, unwritable output or a usage error.
 */
import { parseArgs } from 'node:util'
import { sameFile } from '../main/core/files'
import { isCalendarDate, localDate } from '../shared/dates'
import { ie015Text } from '../shared/movement/ncts-xml'
import { renderReport, type Translate } from '../shared/validation/finding-text'
import { validateDeclaration } from '../shared/validation/validate'
import { errorText, WordedError } from '../shared/worded-error'
import { ie015Procedure } from '../shared/ncts/ie015'
import { EXIT, UsageError, type CliIo } from './io'
import { findingLine, oneLine } from './output'
import { readDeclarationFile } from './read-file'
import { writeOutputFile } from './write-output'

export const xmlUsage = (t: Translate): string => t('cli.usage.xml')

export async function runXml(args: string[], io: CliIo, t: Translate): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      'prepared-at': { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    io.stdout(xmlUsage(t) + '\n')
    return 0
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      t(positionals.length === 0 ? 'cli.problem.xmlNeedsFile' : 'cli.problem.xmlTakesOneFile'),
    )
  }
  const file = positionals[0]!
  const output = values.output
  if (output === undefined || output === '') throw new UsageError(t('cli.problem.xmlNeedsOutput'))
  const toStdout = output === '-'
  if (!toStdout && (await sameFile(output, file))) {
    throw new UsageError(t('cli.problem.outputIsInput'))
  }
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(t('cli.problem.badToday', { value: values.today }))
  }
  const preparedAt =
    values['prepared-at'] === undefined ? new Date() : new Date(values['prepared-at'])
  if (Number.isNaN(preparedAt.getTime())) {
    throw new UsageError(t('cli.problem.badPreparedAt', { value: values['prepared-at'] }))
  }
  const say = toStdout ? io.stderr : io.stdout

  const read = readDeclarationFile(file, t)
  if (!read.ok) {
    io.stderr(oneLine(read.message) + '\n')
    return EXIT.unreadable
  }
  const report = renderReport(
    validateDeclaration(read.declaration, { today: values.today ?? localDate(new Date()) }),
    t,
  )
  // The procedure first: no correction gives an EAEU or national declaration an NCTS message.
  const procedure = String(read.declaration.procedure ?? '')
  if (!ie015Procedure(procedure)) {
    const refusal = new WordedError('movement.xml.procedure', { procedure })
    io.stderr(oneLine(`${file}: ${errorText(refusal, t)}`) + '\n')
    return EXIT.unreadable
  }
  if (!report.valid) {
    for (const finding of report.errors) say(findingLine('error', finding, t) + '\n')
    const errors = t('cli.errors', { count: report.errors.length })
    io.stderr(oneLine(t('cli.xmlNotWritten', { file, errors })) + '\n')
    return EXIT.errors
  }
  let xml: string
  try {
    xml = ie015Text(read.declaration, 0, preparedAt)
  } catch (error) {
    io.stderr(oneLine(`${file}: ${errorText(error, t)}`) + '\n')
    return EXIT.unreadable
  }
  if (toStdout) {
    io.stdout(xml)
    return EXIT.valid
  }
  if (!(await writeOutputFile(output, xml, io, t))) return EXIT.unreadable
  const kb = Math.max(1, Math.round(Buffer.byteLength(xml) / 1024))
  say(oneLine(t('cli.wroteXml', { target: output, kb })) + '\n')
  return EXIT.valid
}
