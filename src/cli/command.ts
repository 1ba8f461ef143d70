/**
 * The command as a process: the entry of the built command line (out/cli/transitdesk.mjs), run
 * by bin/transitdesk.mjs or directly (`node out/cli/transitdesk.mjs validate …`, a folder that
 * needs no node_modules and can be copied anywhere).
 */
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { main } from './main'

/** Runs `main` on this process's arguments and sets its exit status. */
export async function runProcess(): Promise<void> {
  // `transitdesk … | head` closes the pipe early: stop quietly, never with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2)
    })
  }
  process.exitCode = await main(process.argv.slice(2))
}

export { main }

const script = process.argv[1]
if (script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href) {
  await runProcess()
}
