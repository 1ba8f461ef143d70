/**
 * The packaged app, built offline: electron-builder's `--dir` build for Linux with
 * electron-builder.yml, against a stand-in Electron distribution (the real binary cannot be
 * downloaded here). What it checks is what the installers get: the fuses flipped, app.asar
 * holding the built app and nothing else, Chromium's languages pruned, and the packaged main
 * process trusting no development URL and offering no DevTools.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractAll, extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security-policy'
import { sample } from '../cli/helpers'
import { startMain, untilWindowLoaded } from './load-main'
import { writeStandInElectronDist } from './stand-in-electron-dist'

vi.mock('electron', async () => (await import('./load-main')).electronModule)

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8'))
  .version as string
const config = parseYaml(readFileSync('electron-builder.yml', 'utf8'))

let work: string
let unpacked: string
let asar: string

beforeAll(() => {
  expect(existsSync('out/main/index.js'), 'out/ is missing: run npm run build').toBe(true)
  work = mkdtempSync(join(tmpdir(), 'transitdesk-package-'))
  writeStandInElectronDist(join(work, 'electron'), ELECTRON_VERSION)
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      '--x64',
      '--dir',
      `-c.electronDist=${join(work, 'electron')}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { stdio: 'pipe', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  )
  unpacked = join(work, 'dist', 'linux-unpacked')
  asar = join(unpacked, 'resources', 'app.asar')
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packaged app (electron-builder --dir, offline)', () => {
  it('flips every fuse as electron-builder.yml says', async () => {
    const executable = join(unpacked, 'transitdesk')
    const wire = await getCurrentFuseWire(executable)
    const expected: Record<keyof typeof FuseV1Options, boolean> = {
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    }
    for (const [name, on] of Object.entries(expected)) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options]
      // Each fuse is one byte in the binary: the character '1' when on, '0' when off.
      expect(String.fromCharCode(wire[index] as number), name).toBe(on ? '1' : '0')
    }
    // And as the command line reads them back.
    const report = execFileSync(
      process.execPath,
      ['node_modules/@electron/fuses/dist/bin.js', 'read', '--app', executable],
      { encoding: 'utf8' },
    )
    for (const [name, on] of Object.entries(expected)) {
      expect(report).toContain(`${name} is ${on ? 'Enabled' : 'Disabled'}`)
    }
  })

  it('puts the built app and the packet fonts in app.asar, and nothing else', () => {
    const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'))
    const top = new Set(files.map((file) => file.split('/')[1]))
    expect([...top].sort()).toEqual(['out', 'package.json', 'resources'])
    for (const needed of [
      '/out/main/index.js',
      '/out/main/packet-worker.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/resources/fonts/DejaVuSans.ttf',
      '/resources/fonts/DejaVuSans-Bold.ttf',
      '/resources/fonts/LICENSE-DejaVu.txt',
      '/resources/fonts/NotoNaskhArabic-Regular.ttf',
      '/resources/fonts/NotoNaskhArabic-Bold.ttf',
      '/resources/fonts/LICENSE-NotoNaskhArabic.txt',
    ]) {
      expect(files).toContain(needed)
    }
    for (const file of files) {
      expect(file).not.toMatch(/^\/(src|test|bench|scripts|docs|build|node_modules)\//)
      expect(file).not.toMatch(/\/node_modules\//) // every dependency is bundled into out/
      expect(file).not.toMatch(/^\/out\/web\//) // the browser edition
      expect(file).not.toMatch(/\.map$/)
    }
    const packaged = JSON.parse(extractFile(asar, 'package.json').toString('utf8'))
    expect(files).toContain(`/${packaged.main.replace(/^\.\//, '')}`)
    const size = statSync(asar).size
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${files.length} entries`)
    expect(size).toBeLessThan(40 * 1024 * 1024)
  })

  it('keeps only the app’s languages of Chromium, and Electron’s licence', () => {
    const locales = readdirSync(join(unpacked, 'locales')).map((name) => name.replace('.pak', ''))
    expect(locales.sort()).toEqual([...config.electronLanguages].sort())
    expect(readdirSync(join(unpacked, 'resources'))).toEqual(['app.asar'])
    expect(existsSync(join(unpacked, 'LICENSE.electron.txt'))).toBe(true)
  })

  it('runs, installed, from the package: its own page, no DevTools, a packet with its fonts', async () => {
    const extracted = join(work, 'asar')
    extractAll(asar, extracted)
    const electron = await startMain(
      join(extracted, 'out/main/index.js'),
      { isPackaged: true },
      { ELECTRON_RENDERER_URL: 'http://localhost:5173/' },
    )
    await untilWindowLoaded(electron)
    expect(electron.windows[0]!.loadedUrl).toBe('transitdesk://app/index.html')
    expect(JSON.stringify(electron.applicationMenu)).not.toContain('toggleDevTools')
    const page = await electron.defaultSession.protocolHandlers.get('transitdesk')!(
      new Request('transitdesk://app/index.html'),
    )
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(electron.errors).toEqual([])

    const event = {
      senderFrame: { url: 'transitdesk://app/index.html' },
      sender: electron.windows[0]!.webContents,
    }
    const declaration = JSON.parse(readFileSync(sample('national-karachi-kabul.json'), 'utf8'))
    const jobId = '21111111-2222-4333-8444-555555555555'
    const made = await electron.ipcHandlers.get('packet:make')!(event, {
      jobId,
      request: { declaration, generatedAt: '2026-02-04T10:00:00Z', draft: true },
    })
    expect(made).toMatchObject({ status: 'done' })
    await electron.ipcHandlers.get('packet:discard')!(event, { jobId })
  }, 60_000)
})
