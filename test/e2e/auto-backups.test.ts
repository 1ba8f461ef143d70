/**
 * Automatic backups that fail or break, in the browser edition: a write the storage refuses
 * leaves nothing under a backup's name (with and without `FileSystemFileHandle.move`); the
 * restore offer passes over an empty or damaged newest backup for the good one; the Automatic
 * backups dialog lists every backup with what it holds, and restores an older one and the
 * safety backup a restore took; and a row the app cannot show leaves an error screen with the
 * ways out, not a blank page.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { deleteWorkspaceDatabase, openBlankPageOf } from '../fixtures/raw-workspace'
import {
  expectCount,
  importAndClose,
  listedLrns,
  reloadForStartUpBackup,
  samplePath,
  TIR_LRN,
  useApp,
  waitForList,
} from './helpers'

const app = useApp()
const TIR = 'tir-almaty-karachi.json'
const NATIONAL = 'national-karachi-kabul.json'
const NATIONAL_LRN = 'PK-ATT-2026-0342'

/** The files in the backups folder of the origin private file system: names and sizes. */
const backupFiles = (page: Page) =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle('backups', { create: true })
    const files: [string, number][] = []
    for await (const [name, handle] of dir.entries())
      files.push([name, (await (handle as FileSystemFileHandle).getFile()).size])
    return files.sort()
  })

/** Writes files into the backups folder as they are (as a failed write of old left them). */
const putBackupFiles = (page: Page, files: Record<string, number[]>) =>
  page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle('backups', { create: true })
    for (const [name, bytes] of Object.entries(files)) {
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable()
      await writable.write(new Uint8Array(bytes))
      await writable.close()
    }
  }, files)

/** Reloads, and waits for the start-up backup (brought forward) to make `count` files. */
async function startUpBackup(page: Page, count: number): Promise<void> {
  await reloadForStartUpBackup(page)
  await expect.poll(async () => (await backupFiles(page)).length, { timeout: 15_000 }).toBe(count)
}

/** Backup ▸ Automatic backups…; the dialog, once its backups are listed. */
async function openAutoBackups(page: Page) {
  await page.locator('header.app-bar summary', { hasText: 'Backup' }).click()
  await page.getByRole('menuitem', { name: 'Automatic backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Automatic backups' })
  await dialog.getByRole('listitem').first().waitFor()
  return dialog
}

/** What each listed backup holds, as the dialog says once it has checked them all. */
async function checkedStates(dialog: ReturnType<Page['getByRole']>): Promise<string[]> {
  const states = dialog.getByRole('listitem').locator('.auto-backup-state')
  await expect.poll(() => states.allTextContents()).not.toContain('checking…')
  return states.allTextContents()
}

describe('an automatic backup the storage refuses', () => {
  it('leaves no empty or partial "newest" backup, and the offer passes over damaged ones', async () => {
    const { page } = app
    const baseUrl = inject('baseUrl')
    await importAndClose(page, [samplePath(TIR), samplePath(NATIONAL)])
    await startUpBackup(page, 1)
    const [good] = await backupFiles(page)
    expect(good![1]).toBeGreaterThan(1000)

    // The storage is full for the next start-up backup (made due again at every start).
    await page.addInitScript(() => {
      localStorage.removeItem('transitdesk.lastAutoBackup')
      FileSystemWritableFileStream.prototype.write = () =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    })
    const failed = page.locator('.notice', {
      hasText: 'The automatic backup could not be written: The quota has been exceeded.',
    })
    await reloadForStartUpBackup(page)
    await failed.waitFor({ timeout: 15_000 })
    expect(await backupFiles(page)).toEqual([good])

    // The same in a browser without FileSystemFileHandle.move: written in place, then removed.
    await page.addInitScript(() => {
      delete (FileSystemFileHandle.prototype as { move?: unknown }).move
    })
    await reloadForStartUpBackup(page)
    expect(await page.evaluate(() => 'move' in FileSystemFileHandle.prototype)).toBe(false)
    await failed.waitFor({ timeout: 15_000 })
    expect(await backupFiles(page)).toEqual([good])

    // Newer than the good one: an empty backup and a cut-off one, as older versions left them.
    const fresh = await page.context().newPage()
    await page.close()
    await openBlankPageOf(fresh, baseUrl)
    const cutOff = await fresh.evaluate(async (name) => {
      const root = await navigator.storage.getDirectory()
      const dir = await root.getDirectoryHandle('backups')
      const file = await (await dir.getFileHandle(name)).getFile()
      const bytes = new Uint8Array(await file.arrayBuffer())
      return Array.from(bytes.subarray(0, bytes.length >> 1))
    }, good![0])
    await putBackupFiles(fresh, {
      'workspace-2099-01-01T00-00-00Z.tdbackup': [],
      'workspace-2098-01-01T00-00-00Z.tdbackup': cutOff,
    })
    // The database goes (as when the browser resets a damaged one); the backups stay.
    await deleteWorkspaceDatabase(fresh)
    await fresh.goto(baseUrl)
    await waitForList(fresh)
    const offer = fresh.getByRole('dialog', { name: 'Restore your workspace?' })
    await expect
      .poll(() => offer.textContent(), { timeout: 15_000 })
      .toMatch(/holds 2 declarations/)
    expect(await offer.textContent()).not.toMatch(/2098|2099/)
    await offer.getByRole('button', { name: 'Restore the backup' }).click()
    await expectCount(fresh, 2)
  }, 120_000)
})

describe('the Automatic backups dialog', () => {
  it('lists each backup with what it holds, and restores an older one and the safety backup', async () => {
    const { page } = app
    await importAndClose(page, [samplePath(TIR)])
    await startUpBackup(page, 1)
    await importAndClose(page, [samplePath(NATIONAL)])
    await expectCount(page, 2)
    // One that does not verify, newer than all.
    await putBackupFiles(page, {
      'workspace-2099-01-01T00-00-00Z.tdbackup': [...new TextEncoder().encode('not a backup\n')],
    })

    let dialog = await openAutoBackups(page)
    expect(await checkedStates(dialog)).toEqual([
      'damaged: it is not a TransitDesk backup',
      '1 declaration',
    ])
    const items = dialog.getByRole('listitem')
    await expect.poll(() => items.nth(0).getByRole('button').isDisabled()).toBe(true)
    expect(await items.nth(0).locator('.auto-backup-time').textContent()).toMatch(/2099/)

    // The older backup, in place of the two declarations, after a confirmation.
    await items
      .nth(1)
      .getByRole('button', { name: /^Restore the backup of .+…$/ })
      .click()
    const confirm = dialog.getByRole('group', { name: 'Restore this backup?' })
    expect(await confirm.textContent()).toMatch(
      /Replace the whole workspace with the automatic backup of .+ \(1 declaration\)\?/,
    )
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await confirm.waitFor({ state: 'detached' })
    await expectCount(page, 2)
    await items.nth(1).getByRole('button').click()
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await expectCount(page, 1)
    expect(await listedLrns(page)).toEqual([TIR_LRN])

    // The workspace as it was before the restore is the newest good backup now.
    dialog = await openAutoBackups(page)
    expect(await checkedStates(dialog)).toEqual([
      'damaged: it is not a TransitDesk backup',
      '2 declarations',
      '1 declaration',
    ])
    await dialog.getByRole('listitem').nth(1).getByRole('button').click()
    await dialog
      .getByRole('group', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore', exact: true })
      .click()
    await dialog.waitFor({ state: 'detached' })
    await expectCount(page, 2)
    expect((await listedLrns(page)).sort()).toEqual([TIR_LRN, NATIONAL_LRN].sort())
  }, 90_000)
})

describe('a row the app cannot show', () => {
  it('shows the error in one sentence, with the backups, a file restore and Reload in reach', async () => {
    const { page } = app
    await importAndClose(page, [samplePath(TIR)])
    await startUpBackup(page, 1)
    // A summary row the list cannot render, written with plain IndexedDB.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('transitdesk')
          open.onsuccess = () => {
            const tx = open.result.transaction('declarations', 'readwrite')
            const store = tx.objectStore('declarations')
            const all = store.getAll()
            all.onsuccess = () => {
              for (const row of all.result) store.put({ ...row, route: null })
            }
            tx.oncomplete = () => {
              open.result.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
          open.onerror = () => reject(open.error)
        }),
    )
    await page.reload()
    const message = page.getByRole('alert').filter({ hasText: 'cannot show the workspace' })
    await message.waitFor()
    expect(await message.textContent()).toBe(
      "TransitDesk cannot show the workspace: Cannot read properties of null (reading 'filter').",
    )
    expect(await page.locator('header.app-bar').count()).toBe(0)

    // Restore from a file… opens the restore dialog here.
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    const fileDialog = page.getByRole('dialog', { name: 'Restore from a backup' })
    await fileDialog.getByLabel('Backup file').waitFor()
    await fileDialog.getByRole('button', { name: 'Cancel' }).click()
    await fileDialog.waitFor({ state: 'detached' })

    // The automatic backup made before the row went wrong puts the workspace back.
    await page.getByRole('button', { name: 'Automatic backups…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Automatic backups' })
    await dialog.getByRole('listitem').first().waitFor()
    expect(await checkedStates(dialog)).toEqual(['1 declaration'])
    await dialog.getByRole('listitem').first().getByRole('button').click()
    await dialog
      .getByRole('group', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore', exact: true })
      .click()
    await dialog.waitFor({ state: 'detached' })
    await page.locator('.notice', { hasText: 'The backup was restored: 1 declaration.' }).waitFor()
    await page.getByRole('button', { name: 'Reload' }).click()
    await waitForList(page)
    await expectCount(page, 1)
    expect(await listedLrns(page)).toEqual([TIR_LRN])
  }, 90_000)
})
