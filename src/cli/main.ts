/**
 * The command line (packet.md, "Command line"), run by bin/transitdesk.mjs from the build
 * (out/cli, vite.cli.config.ts) or the TypeScript sources. Nothing here throws to the caller:
 * every failure is one line on stderr and an exit status, never a stack trace.
 *
 * A command's module is imported when that command runs, and only the language the line asks
 * for is loaded: validating a file never loads the packet's layout, fonts or barcodes, libxml2
 * or the other languages (bench/cli.ts measures the start).
 */
import {
  isLanguage,
  LANGUAGES,
  languageFromPosixLocale,
  type Language,
} from '../shared/i18n/languages'
import type { Translate } from '../shared/validation/finding-text'
import { EXIT, UsageError, type CliIo } from './io'
import { oneLine } from './output'
import { cliTranslator, english } from './words'

/** The general usage, in the words of `t` (`cli.usage.main`). */
export function usage(t: Translate): string {
  return t('cli.usage.main')
}

type Command = {
  /** `language`: the one `t` speaks, for what a file gives in several (a case's explanations) */
  run: (args: string[], io: CliIo, t: Translate, language: Language) => number | Promise<number>
  /** the command's usage, in the words of `t` */
  usage: (t: Translate) => string
}

/** Each command's module, imported when the command runs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => {
    const { runValidate, validateUsage } = await import('./validate-command')
    return { run: runValidate, usage: validateUsage }
  },
  packet: async () => {
    const { packetUsage, runPacket } = await import('./packet-command')
    return { run: runPacket, usage: packetUsage }
  },
  xml: async () => {
    const { runXml, xmlUsage } = await import('./xml-command')
    return { run: runXml, usage: xmlUsage }
  },
  receive: async () => {
    const { receiveUsage, runReceive } = await import('./receive-command')
    return { run: runReceive, usage: receiveUsage }
  },
  score: async () => {
    const { runScore, scoreUsage } = await import('./score-command')
    return { run: runScore, usage: scoreUsage }
  },
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  stdoutIsTerminal: process.stdout.isTTY === true,
}

/**
 * `--lang X` or `--lang=X`, anywhere on the line, taken out of the arguments; without it the
 * environment's locale decides (LC_ALL over LC_MESSAGES over LANG, as POSIX has it).
 */
export function takeLanguage(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { language: Language; rest: string[] } {
  const rest: string[] = []
  let chosen: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (arg === '--lang') chosen = argv[++i] ?? ''
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length)
    else rest.push(arg)
  }
  if (chosen !== undefined) {
    if (!isLanguage(chosen)) {
      throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, not "${chosen}"`)
    }
    return { language: chosen, rest }
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG
  return { language: languageFromPosixLocale(locale) ?? 'en', rest }
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let taken
  try {
    taken = takeLanguage(argv)
  } catch (error) {
    // No language is known yet: this one message and the usage after it stay English.
    io.stderr(`transitdesk: ${oneLine((error as Error).message)}\n${usage(english)}\n`)
    return EXIT.usage
  }
  const t = await cliTranslator(taken.language)
  const [name, ...args] = taken.rest
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout(usage(t) + '\n')
    return 0
  }
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (load === undefined) {
    const problem =
      name === undefined ? t('cli.problem.noCommand') : t('cli.problem.unknownCommand', { name })
    io.stderr(`transitdesk: ${oneLine(problem)}\n${usage(t)}\n`)
    return EXIT.usage
  }
  const command = await load()
  try {
    return await command.run(args, io, t, taken.language)
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`transitdesk ${name}: ${oneLine((error as Error).message)}\n${command.usage(t)}\n`)
      return EXIT.usage
    }
    const detail = error instanceof Error ? error.message : String(error)
    io.stderr(`transitdesk ${name}: ${oneLine(t('cli.problem.internal', { detail }))}\n`)
    return EXIT.unreadable
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}
