/**
 * `npm start` makes sure Electron's runtime is there before electron-vite looks for it: nothing
 * to do when it is, Electron's own installer when it is not, and one sentence (no stack trace)
 * when that fails — checked on stand-in Electron folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { downloadProblem, electronStatus, ensureElectron } from '../../scripts/ensure-electron.mjs'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A stand-in `node_modules/electron`: its package.json, and the runtime when `installed`. */
function electronFolder(installed: boolean, version = '45.6.1'): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-standin-'))
  folders.push(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version }))
  if (installed) putRuntime(dir, version)
  return dir
}

/** What Electron's installer leaves: dist/ with the binary and its version, and path.txt. */
function putRuntime(dir: string, version: string) {
  mkdirSync(join(dir, 'dist'), { recursive: true })
  writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n')
  writeFileSync(join(dir, 'dist', 'version'), `v${version}`)
  writeFileSync(join(dir, 'path.txt'), 'electron')
}

const FAILED_DOWNLOAD = `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at async downloadArtifact (/x/node_modules/@electron/get/dist/index.js:142:20)`

describe('ensureElectron', () => {
  it('does nothing when the runtime is there', () => {
    const dir = electronFolder(true)
    expect(electronStatus(dir)).toEqual({ version: '45.6.1', installed: true })
    const result = ensureElectron(dir, () => {
      throw new Error('the installer must not run')
    })
    expect(result).toEqual({ ok: true, downloaded: false })
  })

  it('runs Electron’s installer when there is no runtime, and is done when it leaves one', () => {
    const dir = electronFolder(false)
    const ran: string[] = []
    const result = ensureElectron(dir, (script) => {
      ran.push(script)
      putRuntime(dir, '45.6.1')
      return { status: 0, output: '' }
    })
    expect(ran).toEqual([join(dir, 'install.js')])
    expect(result).toEqual({ ok: true, downloaded: true })
  })

  it('downloads again when the runtime is of another version', () => {
    const dir = electronFolder(false)
    putRuntime(dir, '45.5.0')
    expect(electronStatus(dir).installed).toBe(false)
  })

  it('says in one sentence what to do when the download fails, never a stack trace', () => {
    const dir = electronFolder(false)
    const result = ensureElectron(dir, () => ({ status: 1, output: FAILED_DOWNLOAD }))
    if (result.ok) throw new Error('expected a failure')
    expect(result.message).toMatch(
      /^TransitDesk could not download its Electron runtime 45\.6\.1 \(the download host could not be reached\): /,
    )
    expect(result.message).toContain('ELECTRON_MIRROR')
    expect(result.message).toContain('electron_config_cache')
    expect(result.message).toContain('npm run web')
    expect(result.message).not.toMatch(/\n|\bat \w/)
    expect(result.message.match(/\. /g)).toBeNull()
  })

  it('says so when the installer claims success but leaves no runtime', () => {
    const dir = electronFolder(false)
    const result = ensureElectron(dir, () => ({ status: 0, output: '' }))
    expect(result).toMatchObject({ ok: false })
  })

  it('names the first error line an installer printed', () => {
    expect(downloadProblem('HTTPError: Response code 404 (Not Found)\n    at x')).toBe(
      'Response code 404 (Not Found)',
    )
    expect(downloadProblem('')).toBe('no reason given')
  })
})
