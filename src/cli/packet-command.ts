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
  writeFileAtomic,
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

export const PACKET_USAGE = `Usage: transitdesk packet FILE.json -o OUT.pdf|- [--documents LIST] [--generated-at TIME] [--draft] [--today YYYY-MM-DD] [--paper-lang LANG]

Prints a declaration's packet (packet.md) as one PDF.

Options:
  -o, --output OUT.pdf   the PDF to write: replaced atomically, keeping its permissions;
                         a link is written through; never FILE.json itself (under any
                         name), a device, a folder or a pipe
  -o -                   write the PDF to standard output (messages go to stderr)
  --documents LIST       comma-separated, any of: ${PACKET_DOCUMENTS.join(',')}
                         (default: the papers of the procedure and the mode of
                         transport; a paper that does not apply is refused)
  --generated-at TIME    ISO time written as the creation date, e.g. 2026-02-04T10:00:00Z
                         (default: now); the same time gives the same bytes
  --draft                print even with errors: every page carries the DRAFT watermark
  --today YYYY-MM-DD     the date that counts as today for the checks (default: local date)
  --paper-lang LANG      print the cover sheet and the invoice in en, ru, kk or ur
                         (default: en; the other papers keep their regime's language)
  -h, --help             show this help

Exit status: 0 written, 1 the declaration has errors (nothing written; see --draft),
2 unreadable input, unwritable output or usage error.`

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
    io.stdout(PACKET_USAGE + '\n')
    return 0
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'packet needs a FILE.json' : 'packet takes one FILE.json',
    )
  }
  const file = positionals[0]!
  const output = values.output
  if (output === undefined || output === '') throw new UsageError('packet needs -o OUT.pdf')
  const toStdout = output === '-'
  if (toStdout && io.stdoutIsTerminal === true) {
    throw new UsageError('-o - writes PDF bytes: send standard output to a file or a program')
  }
  // By identity, not by name: a linked folder or a hard link names the same file differently.
  if (!toStdout && (await sameFile(output, file))) {
    throw new UsageError('the output would replace the declaration file: choose another -o')
  }
  /** Status and findings: on stdout, unless stdout carries the PDF. */
  const say = toStdout ? io.stderr : io.stdout
  const documents = values.documents === undefined ? undefined : parseDocuments(values.documents)
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(`--today must be a date YYYY-MM-DD, not "${values.today}"`)
  }
  const paperLanguage = values['paper-lang']
  if (paperLanguage !== undefined && !isLanguage(paperLanguage)) {
    throw new UsageError(
      `--paper-lang must be one of ${LANGUAGES.join(', ')}, not "${paperLanguage}"`,
    )
  }
  const generatedAt = values['generated-at'] ?? new Date().toISOString().replace(/\.[0-9]+Z$/, 'Z')
  if (!isDateTime(generatedAt)) {
    throw new UsageError(
      `--generated-at must be an ISO time such as 2026-02-04T10:00:00Z, not "${generatedAt}"`,
    )
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
    for (const finding of report.errors) say(findingLine('error', finding) + '\n')
    for (const finding of report.warnings) say(findingLine('warning', finding) + '\n')
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
  } else {
    try {
      await writeFileAtomic(output, pdf)
    } catch (error) {
      io.stderr(
        oneLine(
          error instanceof UnwritableTargetError
            ? error.describe(t)
            : t('cli.cannotWrite', { file: output, reason: describeFsError(error, t) }),
        ) + '\n',
      )
      return EXIT.unreadable
    }
  }
  const kb = Math.max(1, Math.round(pdf.byteLength / 1024))
  const target = toStdout ? t('cli.standardOutput') : output
  const errors = t('cli.errors', { count: report.errors.length })
  say(oneLine(t(draft ? 'cli.wroteDraft' : 'cli.wrote', { target, kb, errors })) + '\n')
  return EXIT.valid
}

function parseDocuments(list: string): PacketDocumentId[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) throw new UsageError('--documents needs at least one document name')
  const known = new Set<string>(PACKET_DOCUMENTS)
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown document ${unknown.map((n) => `"${n}"`).join(', ')} in --documents ` +
        `(known: ${PACKET_DOCUMENTS.join(', ')})`,
    )
  }
  return [...new Set(names)] as PacketDocumentId[]
}
