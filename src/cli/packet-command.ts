/**
 * `transitdesk packet FILE.json -o OUT.pdf [--documents …] [--generated-at …] [--draft]
 * [--today YYYY-MM-DD]` (packet.md, "Command line"). Exit 0: written; 1: the declaration has
 * errors and --draft was not given (nothing written, the errors listed as by `validate`);
 * 2: unreadable input, unwritable output or a usage error (one line, no stack trace).
 *
 * The output never replaces the input, whatever name -o gives it (a linked folder, a hard link,
 * `..`), nor a device, folder, pipe or link to nothing: both are refused before any work.
 * `-o -` writes the PDF to standard output, and then every message goes to standard error.
 */
import { parseArgs } from 'node:util'
import {
  checkWritableTarget,
  describeFsError,
  sameFile,
  UnwritableTargetError,
} from '../main/core/files'
import { loadPacketFonts } from '../main/core/fonts'
import { localDate } from '../shared/dates'
import { PACKET_DOCUMENTS, type PacketDocumentId } from '../shared/packet/content'
import { paperFacts } from '../shared/packet/documents'
import { describeRefusal, paperRefusal } from '../shared/packet/papers'
import { makePacketPdf } from '../shared/packet/make'
import { renderReport } from '../shared/validation/finding-text'
import { validateDeclaration } from '../shared/validation/validate'
import type { Translate } from '../shared/validation/finding-text'
import { isLanguage, LANGUAGES } from '../shared/i18n/languages'
import { isCalendarDate, isDateTime } from '../shared/dates'
import { EXIT, UsageError, type CliIo } from './io'
import { findingLine, oneLine } from './output'
import { readDeclarationFile } from './read-file'
import { writeOutputFile } from './write-output'

/**
 * The usage, in the words of `t` (`cli.usage.packet`); the papers --documents takes are listed
 * from PACKET_DOCUMENTS, so the text never falls behind the list.
 */
export function packetUsage(t: Translate): string {
  return t('cli.usage.packet', { documents: PACKET_DOCUMENTS.join(',') })
}

export async function runPacket(args: string[], io: CliIo, t: Translate): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      documents: { type: 'string' },
      'generated-at': { type: 'string' },
      draft: { type: 'boolean' },
      today: { type: 'string' },
      'paper-lang': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    io.stdout(packetUsage(t) + '\n')
    return 0
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      t(
        positionals.length === 0 ? 'cli.problem.packetNeedsFile' : 'cli.problem.packetTakesOneFile',
      ),
    )
  }
  const file = positionals[0]!
  const output = values.output
  if (output === undefined || output === '')
    throw new UsageError(t('cli.problem.packetNeedsOutput'))
  const toStdout = output === '-'
  if (toStdout && io.stdoutIsTerminal === true) {
    throw new UsageError(t('cli.problem.stdoutIsTerminal'))
  }
  // By identity, not by name: a linked folder or a hard link names the same file differently.
  if (!toStdout && (await sameFile(output, file))) {
    throw new UsageError(t('cli.problem.outputIsInput'))
  }
  /** Status and findings: on stdout, unless stdout carries the PDF. */
  const say = toStdout ? io.stderr : io.stdout
  const documents = values.documents === undefined ? undefined : parseDocuments(values.documents, t)
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(t('cli.problem.badToday', { value: values.today }))
  }
  const paperLanguage = values['paper-lang']
  if (paperLanguage !== undefined && !isLanguage(paperLanguage)) {
    throw new UsageError(
      t('cli.problem.badPaperLanguage', { languages: LANGUAGES.join(', '), value: paperLanguage }),
    )
  }
  const generatedAt = values['generated-at'] ?? new Date().toISOString().replace(/\.[0-9]+Z$/, 'Z')
  if (!isDateTime(generatedAt)) {
    throw new UsageError(t('cli.problem.badGeneratedAt', { value: generatedAt }))
  }

  if (!toStdout) {
    // A device or a folder as -o is refused now rather than after making the PDF.
    try {
      await checkWritableTarget(output)
    } catch (error) {
      if (error instanceof UnwritableTargetError) {
        io.stderr(oneLine(error.describe(t)) + '\n')
        return EXIT.unreadable
      }
      // Anything else (a folder that cannot be read) is told when writing, as it then stands.
    }
  }

  const read = readDeclarationFile(file, t)
  if (!read.ok) {
    io.stderr(oneLine(read.message) + '\n')
    return EXIT.unreadable
  }
  if (documents) {
    const facts = paperFacts(read.declaration)
    const refusal = documents
      .map((paper) => paperRefusal(paper, facts))
      .find((r) => r !== undefined)
    if (refusal) {
      io.stderr(oneLine(`--documents ${refusal.paper}: ${describeRefusal(refusal, facts)}`) + '\n')
      return EXIT.unreadable
    }
  }
  const report = renderReport(
    validateDeclaration(read.declaration, { today: values.today ?? localDate(new Date()) }),
    t,
  )
  const draft = values.draft === true
  if (!report.valid && !draft) {
    for (const finding of report.errors) say(findingLine('error', finding, t) + '\n')
    for (const finding of report.warnings) say(findingLine('warning', finding, t) + '\n')
    io.stderr(
      oneLine(
        t('cli.nothingWritten', { file, errors: t('cli.errors', { count: report.errors.length }) }),
      ) + '\n',
    )
    return EXIT.errors
  }

  let fonts
  try {
    fonts = await loadPacketFonts()
  } catch (error) {
    io.stderr(oneLine(t('cli.fontsUnreadable', { reason: describeFsError(error, t) })) + '\n')
    return EXIT.unreadable
  }
  const pdf = await makePacketPdf(
    {
      declaration: read.declaration,
      ...(documents ? { documents } : {}),
      ...(paperLanguage ? { paperLanguage } : {}),
      generatedAt,
      draft,
    },
    fonts,
  )
  if (toStdout) {
    io.stdoutBytes(pdf)
  } else if (!(await writeOutputFile(output, pdf, io, t))) {
    return EXIT.unreadable
  }
  const kb = Math.max(1, Math.round(pdf.byteLength / 1024))
  const target = toStdout ? t('cli.standardOutput') : output
  const errors = t('cli.errors', { count: report.errors.length })
  say(oneLine(t(draft ? 'cli.wroteDraft' : 'cli.wrote', { target, kb, errors })) + '\n')
  return EXIT.valid
}

function parseDocuments(list: string, t: Translate): PacketDocumentId[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) throw new UsageError(t('cli.problem.noDocuments'))
  const known = new Set<string>(PACKET_DOCUMENTS)
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new UsageError(
      t('cli.problem.unknownDocument', {
        names: unknown.map((name) => t('cli.problem.quoted', { value: name })).join(', '),
        known: PACKET_DOCUMENTS.join(', '),
      }),
    )
  }
  return [...new Set(names)] as PacketDocumentId[]
}
