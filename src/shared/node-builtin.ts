/**
 * A Node built-in module where the code runs in Node (the command line, the desktop's main
 * process and its workers), else undefined (the browser edition). `process.getBuiltinModule`
 * (Node 20.16, 22.3 and later) gives it without an import, so the shared code that uses it stays
 * the same file in every edition: it takes Node's native speed where there is one and its own
 * portable path elsewhere, with the same result.
 */
interface NodeProcess {
  getBuiltinModule?(id: string): unknown
}

export function nodeBuiltin<T>(id: `node:${string}`): T | undefined {
  return (globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.(id) as T | undefined
}
