/**
 * Electronegativity (Doyensec's checker for Electron's security checklist) over the sources and
 * the built main process, preload and page. Every finding must be explained in the reviewed
 * list (electronegativity-reviewed.ts), and every explanation must still match a finding.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { REVIEWED_FINDINGS, type ReviewedFinding } from './electronegativity-reviewed'

interface Finding {
  id: string
  file: string
  location: { line: number; column: number }
  sample: string
  description: string
}
type Run = (options: object) => Promise<{ issues: Finding[]; errors: unknown[] }>

/**
 * The checker, without its network calls: it asks a web server for updated translations and
 * for Electron's release list, each with a time limit. The app's tests stay offline, so its
 * HTTP client answers "no connection" at once (the checks themselves need neither).
 */
function offlineElectronegativity(): Run {
  const runner = createRequire(import.meta.url).resolve('@doyensec/electronegativity')
  const got = createRequire(runner).resolve('got')
  const require = createRequire(runner)
  require.cache[got] = {
    id: got,
    filename: got,
    loaded: true,
    exports: () => Promise.reject(new Error('offline')),
  } as unknown as NodeJS.Module
  return require(runner) as Run
}

/**
 * The built packet worker: a worker thread (pdf-lib, fontkit and the packet code, whose sources
 * are scanned), where Electron's API is not. Four fifths of the built main process by size, and
 * as much of the scan's time: it is left out, and checked below to load nothing of Electron.
 */
const PACKET_WORKER = 'out/main/packet-worker.js'

/**
 * What is scanned, laid out in one folder: the sources, and the built main process (but its
 * packet worker), preload (renamed .js: the checker reads no .cjs) and page, with package.json
 * for Electron's version.
 */
function stageInputs(): string {
  const stage = mkdtempSync(join(tmpdir(), 'transitdesk-electronegativity-'))
  cpSync('src', join(stage, 'src'), { recursive: true })
  cpSync('out/main', join(stage, 'out/main'), {
    recursive: true,
    filter: (file) => file.replaceAll('\\', '/') !== PACKET_WORKER,
  })
  mkdirSync(join(stage, 'out/preload'), { recursive: true })
  cpSync('out/preload/index.cjs', join(stage, 'out/preload/index.js'))
  cpSync('out/renderer/index.html', join(stage, 'out/renderer/index.html'))
  cpSync('package.json', join(stage, 'package.json'))
  return stage
}

const matches = (finding: Finding, reviewed: ReviewedFinding) =>
  finding.id === reviewed.check &&
  finding.file.replaceAll('\\', '/') === reviewed.file &&
  String(finding.sample).includes(reviewed.sample)

let stage: string | undefined
afterAll(() => {
  if (stage) rmSync(stage, { recursive: true, force: true })
})

describe('electronegativity', () => {
  it('may leave the built packet worker out: it loads nothing of Electron', () => {
    const loadsElectron = /\bfrom\s*["']electron["']|\b(require|import)\(\s*["']electron["']\s*\)/
    expect(readFileSync('out/main/index.js', 'utf8')).toMatch(loadsElectron) // the pattern finds it
    expect(readFileSync(PACKET_WORKER, 'utf8')).not.toMatch(loadsElectron)
  })

  it('finds nothing that is not reviewed and explained', async () => {
    stage = stageInputs()
    const previous = process.cwd()
    // Its progress lines, and the two notes that it is offline, are not the test's output.
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    let result: Awaited<ReturnType<Run>>
    try {
      // The checker reports files relative to the working folder.
      process.chdir(stage)
      result = await offlineElectronegativity()({ input: stage, isRelative: true })
    } finally {
      process.chdir(previous)
      quiet.mockRestore()
    }
    expect(result.errors, 'files the checker could not parse').toEqual([])

    const unexplained = result.issues
      .filter((finding) => !REVIEWED_FINDINGS.some((reviewed) => matches(finding, reviewed)))
      .map(
        (f) => `${f.id} ${f.file}:${f.location.line} ${String(f.sample).trim()} — ${f.description}`,
      )
    expect(unexplained, 'findings not in electronegativity-reviewed.ts').toEqual([])

    const stale = REVIEWED_FINDINGS.filter(
      (reviewed) => !result.issues.some((finding) => matches(finding, reviewed)),
    ).map((reviewed) => `${reviewed.check} ${reviewed.file}`)
    expect(stale, 'reviewed findings the checker no longer reports').toEqual([])
    // The scan covered the built files too, not only the sources.
    expect(result.issues.some((finding) => finding.file.startsWith('out/main/'))).toBe(true)
  }, 120_000)
})
