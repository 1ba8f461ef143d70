/**
 * `transitdesk receive FILE.json REPLY.xml -o OUT.json [--today YYYY-MM-DD]`: applies a customs
 * reply (an NCTS message from customs to the holder) to a declaration's movement and writes the
 * declaration with the event recorded. Exit 0: applied and written; 1: refused — the reply is
 * not an NCTS reply, is invalid against its schema, is for another declaration or out of
 * sequence (the reason on stderr, nothing written); 2: unreadable input (either file, or a reply
 * that is not XML), unwritable output or a usage error. OUT.json may be FILE.json itself: it is
 * replaced atomically, so a script can apply a folder of replies in turn.
 */
import { parseArgs } from 'node:util'
import { readFile, stat } from 'node:fs/promises'
import { describeFsError } from '../main/core/files'
import { isCalendarDate, localDate } from '../shared/dates'
import { declarationFileText } from '../shared/format/export-declaration'
import { receiveReply } from '../shared/movement/receive-reply'
import { MAX_REPLY_BYTES } from '../shared/ncts/read-reply'
import type { Translate } from '../shared/validation/finding-text'
import { errorText, FindingError, WordedError } from '../shared/worded-error'
import { EXIT, UsageError, type CliIo } from './io'
import { oneLine } from './output'
import { readDeclarationFile } from './read-file'
import { writeOutputFile } from './write-output'
import { cliSchemaFiles } from './schema-files'

export const receiveUsage = (t: Translate): string => t('cli.usage.receive')

export async function runReceive(args: string[], io: CliIo, t: Translate): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    io.stdout(receiveUsage(t) + '\n')
    return 0
  }
  if (positionals.length !== 2) throw new UsageError(t('cli.problem.receiveNeedsFiles'))
  const [file, replyFile] = positionals as [string, string]
  const output = values.output
  if (output === undefined || output === '') {
    throw new UsageError(t('cli.problem.receiveNeedsOutput'))
  }
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(t('cli.problem.badToday', { value: values.today }))
  }

  const read = readDeclarationFile(file, t)
  if (!read.ok) {
    io.stderr(oneLine(read.message) + '\n')
    return EXIT.unreadable
  }
  const reply = await readReplyBytes(replyFile, t)
  if (typeof reply === 'string') {
    io.stderr(oneLine(reply) + '\n')
    return EXIT.unreadable
  }
  let document
  let message
  try {
    const received = await receiveReply(
      read.declaration,
      reply,
      cliSchemaFiles,
      values.today ?? localDate(new Date()),
    )
    document = received.document
    message = received.reply.message
  } catch (error) {
    // Anything but a refusal (libxml2 failing to load, say) is the command's own failure.
    if (!(error instanceof WordedError || error instanceof FindingError)) throw error
    io.stderr(oneLine(`${replyFile}: ${errorText(error, t)}`) + '\n')
    const notXml = error instanceof WordedError && error.key === 'movement.reply.notXml'
    return notXml ? EXIT.unreadable : EXIT.errors
  }
  const text = declarationFileText(document, output, t)
  if ('message' in text) {
    io.stderr(oneLine(text.message) + '\n')
    return EXIT.unreadable
  }
  if (!(await writeOutputFile(output, text.text, io, t))) return EXIT.unreadable
  const events = (document.movement as { events: { type: string }[] }).events
  const event = t(`code.eventType.${events.at(-1)!.type}`)
  io.stdout(oneLine(t('cli.applied', { message, event, target: output })) + '\n')
  return EXIT.valid
}

/** The reply's bytes, or why they cannot be read (a folder, a device, over 16 MiB …). */
async function readReplyBytes(file: string, t: Translate): Promise<Uint8Array | string> {
  try {
    const info = await stat(file)
    if (info.isDirectory()) {
      return t('system.readFailed', { name: file, reason: t('system.fileError.folderNotFile') })
    }
    if (!info.isFile()) {
      return t('system.readFailed', { name: file, reason: t('system.fileError.notRegular') })
    }
    if (info.size > MAX_REPLY_BYTES) {
      return t('system.readFailed', { name: file, reason: t('cli.problem.replyTooLarge') })
    }
    return new Uint8Array(await readFile(file))
  } catch (error) {
    return t('system.readFailed', { name: file, reason: describeFsError(error, t) })
  }
}
