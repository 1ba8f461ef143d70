#!/usr/bin/env node
// The `transitdesk` command (packet.md, "Command line"). It runs the built command line
// (out/cli/transitdesk.mjs, made by `npm run build` from src/cli/command.ts: one bundle, a chunk
// per command) when there is one, and otherwise the TypeScript sources through tsx, so it also
// works after a bare `npm install`. TRANSITDESK_CLI=sources runs the sources even beside a build
// (development: the build is not remade when the sources change).
//
// V8's compile cache (Node 22.1 and later; Node 20 has none) keeps the bundle's compiled code
// between runs, which takes another part off every start.
import module from 'node:module'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

module.enableCompileCache?.()

const BUILT = new URL('../out/cli/transitdesk.mjs', import.meta.url)
const SOURCES = new URL('../src/cli/command.ts', import.meta.url)

async function loadCommand() {
  if (process.env.TRANSITDESK_CLI !== 'sources' && existsSync(fileURLToPath(BUILT))) {
    return import(BUILT.href)
  }
  // The same compiler options from any working directory.
  process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(new URL('../tsconfig.node.json', import.meta.url))
  const tsx = await import('tsx/esm/api')
  tsx.register()
  return import(SOURCES.href)
}

let command
try {
  command = await loadCommand()
} catch (error) {
  const detail = error instanceof Error ? error.message : String(error)
  process.stderr.write(`transitdesk: could not start: ${detail.split('\n')[0]}\n`)
  process.exitCode = 2
}
await command?.runProcess()
