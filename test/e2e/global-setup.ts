/**
 * Serves the built browser edition (out/web, made by `npm run build`) on a free loopback port
 * for the end-to-end tests, and starts one Chromium that every test file connects to (each test
 * still gets its own, fresh context).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser-config'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** the shared Chromium's endpoint, for `chromium.connect` */
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject) {
  const outDir = resolve(process.env.TRANSITDESK_WEB_OUT ?? 'out/web')
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir} is missing: run \`npm run build\` before the end-to-end tests.`)
  }
  // The browser edition's own server settings (the CSP header), on a free port.
  const server = await preview({
    configFile: resolve('vite.web.config.ts'),
    logLevel: 'warn',
    preview: { port: 0, strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The preview server did not report its address.')
  project.provide('baseUrl', url)
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.close()
  }
}
