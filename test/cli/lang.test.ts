/**
 * `--lang en|ru|kk|ur` (and the environment's locale) choose the language of the messages; the
 * machine fields of `--json` (rule ids, paths, boxes) are the same in every language.
 * In-process: `main(argv, io)` with buffers, as a script's caller sees the output; the locale
 * read by a real process is test/cli/process.test.ts.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { PACKET_DOCUMENTS } from '../../src/shared/packet/content'
import { RUSSIAN_PAPERS } from '../../src/shared/packet/languages/ru'
import { takeLanguage } from '../../src/cli/main'
import { runMain, sample, TIMEOUT, TODAY } from './helpers'

const CYRILLIC = /[\u0400-\u04ff]/
const ARABIC = /[\u0600-\u06ff]/

describe('transitdesk --lang', () => {
  it('prints a Russian finding and status line with --lang ru', async () => {
    const result = await runMain([
      'validate',
      sample('bad-hs-code.json'),
      '--lang',
      'ru',
      '--today',
      TODAY,
    ])
    expect(result.status).toBe(1)
    const finding = result.stdout.split('\n').find((line) => line.includes('/items/1/hsCode'))!
    expect(finding).toMatch(/^error {2}\/consignments\/0\/items\/1\/hsCode {2}[a-z.-]+ {2}/)
    expect(finding.split('  ')[3]).toMatch(CYRILLIC)
    expect(result.stdout).toMatch(/^есть ошибки: 1 ошибка, /m)
  })

  it.each([
    ['kk', CYRILLIC],
    ['ur', ARABIC],
  ])('prints the findings in %s with --lang=%s', async (language, script) => {
    const result = await runMain([
      'validate',
      sample('bad-hs-code.json'),
      `--lang=${language}`,
      '--today',
      TODAY,
    ])
    const finding = result.stdout.split('\n').find((line) => line.includes('/items/1/hsCode'))!
    expect(finding.split('  ')[3]).toMatch(script)
  })

  it('keeps --json’s rule ids, paths and boxes, only the sentences change', async () => {
    const file = sample('bad-net-over-gross.json')
    const english = JSON.parse(
      (await runMain(['validate', file, '--json', '--lang', 'en', '--today', TODAY])).stdout,
    )
    const russian = JSON.parse(
      (await runMain(['validate', file, '--json', '--lang', 'ru', '--today', TODAY])).stdout,
    )
    type Report = { errors: Record<string, unknown>[]; warnings: Record<string, unknown>[] }
    const machine = (report: Report) =>
      [...report.errors, ...report.warnings].map(({ message: _message, ...rest }) => rest)
    expect(machine(russian)).toEqual(machine(english))
    expect(russian.errors[0].message).not.toBe(english.errors[0].message)
    expect(russian.errors[0].message).toMatch(CYRILLIC)
  })

  it('tells a file that cannot be read in the chosen language', async () => {
    const result = await runMain(['validate', sample('no-such-file.json'), '--lang', 'ru'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^«?“?.*no-such-file\.json.*не удалось прочитать|^Не удалось/i)
  })

  it('refuses a language it does not speak, with exit 2 and the usage', async () => {
    const result = await runMain(['validate', sample('bad-hs-code.json'), '--lang', 'de'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^transitdesk: --lang must be one of en, ru, kk, ur, not "de"\n/)
    expect(result.stdout).toBe('')
  })
})

describe('transitdesk packet --paper-lang', { timeout: TIMEOUT }, () => {
  it('prints the cover sheet and the invoice in Russian, and says so in English with --lang en', async () => {
    const result = await runMain([
      'packet',
      sample('tir-almaty-karachi.json'),
      '-o',
      '-',
      '--documents',
      'cover,invoice',
      '--paper-lang',
      'ru',
      '--lang',
      'en',
      '--today',
      TODAY,
      '--generated-at',
      '2026-02-04T10:00:00Z',
    ])
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^wrote standard output \(\d+ KB\)\n$/)
    const text = execFileSync('pdftotext', ['-', '-'], {
      input: result.stdoutBytes,
      encoding: 'utf8',
    })
    expect(text).toContain(RUSSIAN_PAPERS.cover.keyData)
    expect(text).toContain(RUSSIAN_PAPERS.invoice.seller)
    expect(text).not.toContain('Key data')
  })

  it('refuses a paper language it does not have', async () => {
    const result = await runMain([
      'packet',
      sample('tir-almaty-karachi.json'),
      '-o',
      '-',
      '--paper-lang',
      'fr',
    ])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--paper-lang must be one of en, ru, kk, ur, not "fr"/)
  })
})

describe('the language without --lang', () => {
  it.each([
    [{ LANG: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'kk_KZ.UTF-8' }, 'kk'],
    [{ LANG: 'ru_RU.UTF-8', LC_ALL: 'ur_PK.UTF-8' }, 'ur'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('follows the environment %j → %s', (env, language) => {
    expect(takeLanguage(['validate', 'x.json'], env).language).toBe(language)
  })

  it('lets --lang win over the environment, and leaves the other arguments', () => {
    expect(takeLanguage(['validate', '--lang', 'kk', 'x.json'], { LANG: 'ru_RU' })).toEqual({
      language: 'kk',
      rest: ['validate', 'x.json'],
    })
  })
})

describe('the usage and usage errors in the chosen language', () => {
  it('prints Russian help for validate --help, the machine words still English', async () => {
    const result = await runMain(['--lang', 'ru', 'validate', '--help'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^Использование: transitdesk validate FILE\.json /)
    expect(result.stdout).toMatch(/^ {2}--today YYYY-MM-DD {3}дата, /m)
    expect(result.stdout).toContain('error|warning')
    expect(result.stdout).not.toMatch(/Usage:|Options:|Exit status/)
  })

  it('prints Russian help for packet --help, listing every paper --documents takes', async () => {
    const result = await runMain(['packet', '--help', '--lang=ru'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Использование: transitdesk packet FILE\.json -o OUT\.pdf\|- /)
    expect(result.stdout).toContain(`через запятую, любые из: ${PACKET_DOCUMENTS.join(',')}\n`)
    expect(result.stdout).toMatch(/^ {2}--paper-lang LANG {6}\S/m)
    expect(result.stdout).not.toMatch(/Usage:|Options:|Exit status/)
  })

  it('tells a usage error in Russian, with the Russian usage, exit 2', async () => {
    const noFile = await runMain(['validate', '--lang', 'ru'])
    expect(noFile.status).toBe(2)
    expect(noFile.stdout).toBe('')
    expect(noFile.stderr).toMatch(
      /^transitdesk validate: для validate нужен хотя бы один FILE\.json\nИспользование: transitdesk validate /,
    )
    const badDay = await runMain([
      'validate',
      sample('bad-hs-code.json'),
      '--today',
      '2026-02-30',
      '--lang',
      'ru',
    ])
    expect(badDay.status).toBe(2)
    expect(badDay.stderr).toMatch(
      /^transitdesk validate: значение --today должно быть датой YYYY-MM-DD, а не «2026-02-30»\n/,
    )
  })

  it('tells a usage error in Urdu, the option and the names unchanged', async () => {
    const result = await runMain([
      'packet',
      sample('tir-almaty-karachi.json'),
      '-o',
      '-',
      '--documents',
      'cover,nope',
      '--lang',
      'ur',
    ])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stdoutBytes.byteLength).toBe(0)
    const [problem, usage] = result.stderr.split('\n')
    expect(problem).toBe(
      `transitdesk packet: --documents میں نامعلوم دستاویز: “nope” (معلوم دستاویزات: ${PACKET_DOCUMENTS.join(', ')})`,
    )
    expect(usage).toMatch(/^استعمال: transitdesk packet FILE\.json /)
    expect(result.stderr).toMatch(ARABIC)
  })
})
