#!/usr/bin/env node
// The `transitdesk` command (packet.md, "Command line"): runs src/cli/main.ts from the
// TypeScript sources through tsx, so it works after `npm install` with no build step.
//
// Startup: tsx's CommonJS hooks, registered globally, transform in this thread and reuse
// tsx's on-disk cache (about 0.35 s a run). Its scoped APIs (tsImport, tsx.require) add a
// fresh namespace to every module URL, which defeats that cache, and its ESM hooks first start
// a loader thread: each costs a few tenths of a second more on every run. The ESM hooks stay
// the fallback for sources CommonJS cannot load (top-level await).
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

// `transitdesk … | head` closes the pipe early: stop quietly, never with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2)
  })
}

const MAIN = new URL('../src/cli/main.ts', import.meta.url)
// The same compiler options from any working directory.
process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(new URL('../tsconfig.node.json', import.meta.url))

async function loadMain() {
  const tsxCjs = await import('tsx/cjs/api')
  const unregister = tsxCjs.register()
  try {
    return createRequire(import.meta.url)(fileURLToPath(MAIN))
  } catch (error) {
    if (error?.code !== 'ERR_REQUIRE_ASYNC_MODULE' && error?.code !== 'ERR_REQUIRE_ESM') throw error
    unregister()
    const tsxEsm = await import('tsx/esm/api')
    tsxEsm.register()
    return import(MAIN.href)
  }
}

try {
  const { main } = await loadMain()
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const detail = error instanceof Error ? error.message : String(error)
  process.stderr.write(`transitdesk: could not start: ${detail.split('\n')[0]}\n`)
  process.exitCode = 2
}
