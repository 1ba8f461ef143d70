#!/usr/bin/env node
/**
 * `npm start` runs this before electron-vite: makes sure Electron's runtime is downloaded.
 *
 * Electron (since 42) has no install script: its binary comes on the first `require('electron')`,
 * while electron-vite only looks for `node_modules/electron/path.txt`, which that download writes.
 * So on a fresh clone the runtime is fetched here, with Electron's own installer
 * (`node_modules/electron/install.js`, which honours ELECTRON_MIRROR and electron_config_cache).
 * When it cannot be fetched (offline, a blocked host), one sentence says what happened and what
 * to do — never a stack trace — and `npm start` stops.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Whether Electron's runtime is in `electronDir` (its package folder), as its installer checks. */
export function electronStatus(electronDir) {
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
  const read = (name) => {
    try {
      return readFileSync(join(electronDir, name), 'utf8').trim()
    } catch {
      return null
    }
  }
  const binary = read('path.txt')
  const installed =
    binary !== null &&
    read('dist/version')?.replace(/^v/, '') === version &&
    existsSync(join(electronDir, 'dist', binary))
  return { version, installed }
}

/** The error an installer printed, as a short phrase (its first error line, no stack). */
export function downloadProblem(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
  const error = lines.find((line) => /error/i.test(line)) ?? lines[0] ?? 'no reason given'
  const phrase = error.replace(/^[A-Za-z]*Error:\s*/, '').slice(0, 160)
  // Node's fetch says only "fetch failed" when the host cannot be reached at all.
  return phrase === 'fetch failed' ? 'the download host could not be reached' : phrase
}

/** What to say when the runtime could not be fetched: one sentence, and the ways out. */
export function offlineMessage(version, problem, platform = process.platform, arch = process.arch) {
  return (
    `TransitDesk could not download its Electron runtime ${version} (${problem}): connect to the ` +
    `internet and run npm start again, or set ELECTRON_MIRROR to a mirror you can reach, or ` +
    `electron_config_cache to a folder holding electron-v${version}-${platform}-${arch}.zip, ` +
    `or use the browser edition with npm run web.`
  )
}

/**
 * Makes sure the runtime is there: nothing to do when it is, else Electron's installer runs.
 * `install` runs the installer and returns its exit status and output (tests hand in a stand-in).
 */
export function ensureElectron(electronDir, install) {
  const before = electronStatus(electronDir)
  if (before.installed) return { ok: true, downloaded: false }
  const run = install(join(electronDir, 'install.js'))
  if (run.status === 0 && electronStatus(electronDir).installed)
    return { ok: true, downloaded: true }
  const problem =
    run.status === 0 ? 'the download left no runtime behind' : downloadProblem(run.output)
  return { ok: false, message: offlineMessage(before.version, problem) }
}

function runInstaller(script) {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: process.env })
  return { status: result.status ?? 1, output: `${result.stderr ?? ''}\n${result.stdout ?? ''}` }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const electronDir = join(ROOT, 'node_modules', 'electron')
  if (!existsSync(join(electronDir, 'package.json'))) {
    console.error('Electron is not installed: run npm install first.')
    process.exit(1)
  }
  if (!electronStatus(electronDir).installed) {
    console.log('Downloading the Electron runtime (once; about 100 MB) …')
  }
  const result = ensureElectron(electronDir, runInstaller)
  if (!result.ok) {
    console.error(result.message)
    process.exit(1)
  }
}
