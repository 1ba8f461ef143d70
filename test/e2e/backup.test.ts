/**
 * Never losing a declaration, in the browser edition: a workspace backed up to a file and
 * restored over later changes; a damaged file refused with nothing changed; a Replace undone
 * from its outcome (the automatic backup taken just before it, or — in a browser that keeps no
 * automatic backups — the file it was saved to); the database deleted and brought back from the
 * automatic backup; the page killed during a burst of typing.
 */
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import {
  createNew,
  expectCount,
  expectListed,
  expectValue,
  fileFrom,
  importAndClose,
  listedLrns,
  openDeclaration,
  openSection,
  reload,
  reloadForStartUpBackup,
  samplePath,
  TIR_LRN,
  today,
  useApp,
  waitForList,
} from './helpers'
import { deleteWorkspaceDatabase } from '../fixtures/raw-workspace'

const app = useApp()
const SAMPLES = ['tir-almaty-karachi.json', 'national-karachi-kabul.json']
const NATIONAL_LRN = 'PK-ATT-2026-0342'

async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function backUp(page: Page): Promise<Buffer> {
  await page.locator('header.app-bar summary', { hasText: 'Backup' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Back up workspace…' }).click()
  return downloadedBytes(await download)
}

/** Puts a file in the automatic backups' folder (the origin private file system). */
const putBackupFile = (page: Page, name: string, bytes: Buffer) =>
  page.evaluate(
    async ({ name, bytes }) => {
      const root = await navigator.storage.getDirectory()
      const dir = await root.getDirectoryHandle('backups', { create: true })
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable()
      await writable.write(new Uint8Array(bytes))
      await writable.close()
    },
    { name, bytes: [...bytes] },
  )

async function openRestore(page: Page, name: string, bytes: Buffer) {
  await page.locator('header.app-bar summary', { hasText: 'Backup' }).click()
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' })
  await dialog
    .getByLabel('Backup file')
    .setInputFiles({ ...fileFrom(name, bytes), mimeType: 'application/octet-stream' })
  return dialog
}

describe('backup and restore', () => {
  it('restores a backup file over later changes, and refuses a damaged one', async () => {
    const { page } = app
    await importAndClose(page, SAMPLES.map(samplePath))
    const file = await backUp(page)
    expect(file.subarray(0, 40).toString()).toContain('"format":"transitdesk.backup/2"')
    await createNew(page, 'Blank declaration')
    await expectCount(page, 3)

    const damaged = Buffer.from(file)
    damaged[damaged.length - 10] = damaged[damaged.length - 10]! ^ 0xff
    let dialog = await openRestore(page, 'damaged.tdbackup', damaged)
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe(
        '“damaged.tdbackup” cannot be restored: it has been altered or damaged: its checksum does not match its content. Nothing was changed.',
      )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expectCount(page, 3)

    dialog = await openRestore(page, 'workspace.tdbackup', file)
    const holds = dialog.getByRole('group', { name: 'What the backup holds' })
    await expect.poll(() => holds.textContent()).toMatch(/2 declarations/)
    // Each count in its own number ("1 goods line", never "1 goods lines"); the date as the
    // rest of the app writes it ("6 Dec 2026, 10:04"), not month/day/year.
    const summary = (await holds.locator('p').textContent()) ?? ''
    expect(summary).not.toMatch(/\b1 (declarations|saved versions|entries|goods lines|offices)\b/)
    expect(summary).toMatch(/made \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:/)
    // A radio button sits beside its words.
    const replace = holds.getByRole('radio', {
      name: 'Replace the whole workspace with the backup',
    })
    const box = await replace.boundingBox()
    expect(box && box.width).toBeLessThan(40)
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await expectCount(page, 2)
    // The outcome: the automatic backups, to undo it; closed, the workspace is the backup's.
    const outcome = page.getByRole('dialog', { name: 'Automatic backups' })
    await expect
      .poll(() => outcome.getByRole('status').first().textContent())
      .toMatch(/^The backup was restored: 2 declarations\./)
    await outcome.getByRole('button', { name: 'Close' }).click()
    await outcome.waitFor({ state: 'detached' })
    expect((await listedLrns(page)).sort()).toEqual([TIR_LRN, 'PK-ATT-2026-0342'].sort())
    // Restored declarations are found by their words, in any script.
    await page.fill('#declaration-search', 'жетысу')
    await expect.poll(() => listedLrns(page)).toEqual([TIR_LRN])
    await page.fill('#declaration-search', '')
    await expectCount(page, 2)
    await openDeclaration(page, TIR_LRN)
    await openSection(page, 'Parties')
    await expectValue(page, '/holder/name', 'ТОО «Жетысу Текстиль Экспорт»')
  })

  it('undoes a Replace from its outcome: the backup taken just before it, first and marked', async () => {
    const { page } = app
    await importAndClose(page, [samplePath(SAMPLES[0]!)])
    const file = await backUp(page)
    await importAndClose(page, [samplePath(SAMPLES[1]!)])
    await expectCount(page, 2)
    // A good backup dated later than everything: the one to undo with still comes first.
    await putBackupFile(page, 'workspace-2099-01-01T00-00-00Z.tdbackup', file)

    const dialog = await openRestore(page, 'one.tdbackup', file)
    await expect
      .poll(() => dialog.getByRole('group', { name: 'What the backup holds' }).textContent())
      .toMatch(/1 declaration\b/)
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await expectCount(page, 1)

    const outcome = page.getByRole('dialog', { name: 'Automatic backups' })
    await expect
      .poll(() => outcome.getByRole('status').first().textContent())
      .toBe(
        'The backup was restored: 1 declaration. The workspace as it was just before this restore is the first backup below, marked “before this restore”: restore it to put it back.',
      )
    const first = outcome.getByRole('listitem').first()
    await expect
      .poll(() => first.locator('.auto-backup-state').textContent())
      .toBe('2 declarations')
    expect(await first.locator('.auto-backup-mark').textContent()).toBe('before this restore')
    expect(await outcome.locator('.auto-backup-mark').count()).toBe(1)
    expect(await outcome.getByRole('listitem').nth(1).textContent()).toMatch(/2099/)
    // Its Restore has the focus: the undo is the next step.
    await expect
      .poll(() => first.getByRole('button').evaluate((button) => button === document.activeElement))
      .toBe(true)

    // Two clicks: Restore…, then Restore in the confirmation.
    await first.getByRole('button', { name: /^Restore the backup of .+…$/ }).click()
    await outcome
      .getByRole('group', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore', exact: true })
      .click()
    await outcome.waitFor({ state: 'detached' })
    await page.locator('.notice', { hasText: 'The backup was restored: 2 declarations.' }).waitFor()
    await expectListed(page, [TIR_LRN, NATIONAL_LRN])
    await reload(page)
    await expectListed(page, [TIR_LRN, NATIONAL_LRN])
    await openDeclaration(page, NATIONAL_LRN)
  })

  it('in a browser that keeps no automatic backups, saves the workspace to a file first', async () => {
    const { page } = app
    await importAndClose(page, [samplePath(SAMPLES[0]!)])
    const file = await backUp(page)
    await importAndClose(page, [samplePath(SAMPLES[1]!)])
    await page.addInitScript(() => {
      delete (StorageManager.prototype as { getDirectory?: unknown }).getDirectory
    })
    await reload(page)
    expect(await page.evaluate(() => 'getDirectory' in navigator.storage)).toBe(false)

    const dialog = await openRestore(page, 'one.tdbackup', file)
    await dialog.getByRole('group', { name: 'What the backup holds' }).waitFor()
    const kept = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Restore' }).click()
    const name = `transitdesk-before-restore-${today()}.tdbackup`
    expect((await kept).suggestedFilename()).toBe(name)
    const keptBytes = await downloadedBytes(await kept)
    await expectCount(page, 1)
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe(
        `The backup was restored: 1 declaration. This browser keeps no automatic backups, so the workspace as it was before was saved as the file “${name}” (see your downloads): to put it back, choose that file above and restore it.`,
      )

    // That file, chosen in the same dialog, puts the workspace back.
    await dialog
      .getByLabel('Backup file')
      .setInputFiles({ ...fileFrom(name, keptBytes), mimeType: 'application/octet-stream' })
    await expect
      .poll(() => dialog.getByRole('group', { name: 'What the backup holds' }).textContent())
      .toMatch(/2 declarations/)
    const again = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await again
    await expectListed(page, [TIR_LRN, NATIONAL_LRN])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
    await reload(page)
    await expectListed(page, [TIR_LRN, NATIONAL_LRN])
  })

  it('offers the newest automatic backup when the database comes up empty', async () => {
    const { page } = app
    await importAndClose(page, SAMPLES.map(samplePath))
    // Reloading writes the start-up backup of the workspace as it is now (brought forward).
    await reloadForStartUpBackup(page)
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const dir = await (
              await navigator.storage.getDirectory()
            ).getDirectoryHandle('backups', { create: true })
            let n = 0
            for await (const _ of dir.keys()) n++
            return n
          }),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0)
    // The database goes (as when the browser resets a damaged one); the backups stay.
    await deleteWorkspaceDatabase(page)
    await page.reload()
    await waitForList(page)
    const offer = page.getByRole('dialog', { name: 'Restore your workspace?' })
    await expect.poll(() => offer.textContent()).toMatch(/holds 2 declarations/)
    await offer.getByRole('button', { name: 'Restore the backup' }).click()
    await expectCount(page, 2)
  })

  it('puts back every keystroke when the page is killed during a burst of typing', async () => {
    const { page, context } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openSection(page, 'Documents')
    const remarks = page.locator('[id="field:/remarks"]')
    await remarks.clear()
    const text = 'Seals 0001-0002 intact at Saryagash; convoy leaves for Termez at dawn.'
    await remarks.pressSequentially(text, { delay: 40 })
    // Killed at once: no blur, no unload, no chance to flush.
    await page.close({ runBeforeUnload: false })
    const again = await context.newPage()
    // The notice fades after a few seconds: watched for from the start.
    const told = again
      .locator('.notice', {
        hasText: 'Changes that were not yet saved when the window closed have been put back.',
      })
      .waitFor({ timeout: 60_000 })
    await again.goto(inject('baseUrl'))
    await waitForList(again)
    await openDeclaration(again, TIR_LRN)
    await openSection(again, 'Documents')
    // The autosave stored all but the last second at most; the write-ahead puts that back.
    await expect.poll(() => again.locator('[id="field:/remarks"]').inputValue()).toBe(text)
    await told
  })
})
