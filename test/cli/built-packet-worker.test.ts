/**
 * The desktop's packet worker as built (out/main/packet-worker.js, by `npm run build`, which
 * `npm test` runs first): it must load under plain Node's ES modules, find its fonts, and make
 * the same packet as the command line.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadPacketFonts } from '../../src/main/core/fonts'
import { PacketJobs } from '../../src/main/core/packet-jobs'
import type { JsonObject } from '../../src/shared/json'
import { makePacketPdf } from '../../src/shared/packet/make'
import { REPO_ROOT, sample, TIMEOUT } from './helpers'

const BUILT_WORKER = join(REPO_ROOT, 'out/main/packet-worker.js')

describe('the built main-process packet worker', () => {
  it(
    'makes the TIR sample’s packet, byte for byte as in this process',
    async () => {
      expect(existsSync(BUILT_WORKER), `${BUILT_WORKER} is missing: run npm run build`).toBe(true)
      const declaration = JSON.parse(
        await readFile(sample('tir-almaty-karachi.json'), 'utf8'),
      ) as JsonObject
      const request = { declaration, generatedAt: '2026-02-04T10:00:00Z', draft: false }
      const jobs = new PacketJobs(pathToFileURL(BUILT_WORKER))
      const jobId = '11111111-2222-4333-8444-555555555555'
      await expect(jobs.make(1, jobId, request)).resolves.toMatchObject({ status: 'done' })
      const expected = await makePacketPdf(request, await loadPacketFonts())
      expect(Buffer.from(jobs.pdf(1, jobId)!).equals(Buffer.from(expected))).toBe(true)
      jobs.close()
    },
    TIMEOUT,
  )
})
