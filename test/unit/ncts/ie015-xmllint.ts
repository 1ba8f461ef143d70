/**
 * Checking written CC015C messages with xmllint (Debian package libxml2-utils): against the
 * official schema, and reading values back with XPath. The schema is the repository's copy
 * (src/shared/ncts/xsd) when it is there, else the shared reference copy beside the clone
 * (/work/shared/ref/ncts-xsd locally, `shared/` next to the clone in CI — as samples.ts finds
 * the samples).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DeclarationFileSchema, type DeclarationFile } from '../../../src/shared/format/schema'
import type { Ie015Options } from '../../../src/shared/ncts/ie015'
import { sampleText } from '../samples'

const here = dirname(fileURLToPath(import.meta.url))
const REPO_XSD = resolve(here, '../../../src/shared/ncts/xsd/cc015c.xsd')
const SHARED_XSD = resolve(here, '../../../../shared/ref/ncts-xsd/cc015c.xsd')
export const CC015C_XSD = existsSync(REPO_XSD) ? REPO_XSD : SHARED_XSD

export const OPTIONS: Ie015Options = {
  preparedAt: '2026-02-04T10:15:00',
  messageId: 'TD-MSG-0001',
  sender: 'KZ050140001238',
}

/** A sample file, parsed as the format defines it. */
export function sample(name: string): DeclarationFile {
  return DeclarationFileSchema.parse(JSON.parse(sampleText(name)))
}

/** A deep copy to change in a test. */
export const copy = <T>(value: T): T => structuredClone(value)

let dir: string | undefined
let count = 0

/** Writes the message to a new file in this process's temporary folder. */
export function messageFile(xml: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'ie015-'))
  const file = join(dir, `message-${++count}.xml`)
  writeFileSync(file, xml, 'utf8')
  return file
}

export function removeMessageFiles(): void {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
}

/** xmllint --noout --schema: its exit status and what it said. */
export function validate(file: string): { status: number; output: string } {
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', CC015C_XSD, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    return { status: 0, output }
  } catch (error) {
    const e = error as { status?: number; stderr?: string; stdout?: string }
    return { status: e.status ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

function xpath(file: string, expression: string): string | undefined {
  try {
    return execFileSync('xmllint', ['--xpath', expression, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    // exit status 10: the expression selects nothing
    if ((error as { status?: number }).status === 10) return undefined
    throw error
  }
}

/** The string value of an XPath expression (`string(…)`), unescaped (xmllint adds a newline). */
export function xpathString(file: string, expression: string): string {
  return (xpath(file, `string(${expression})`) ?? '').replace(/\n$/, '')
}

/**
 * The text of every element an XPath expression selects, one per node, in document order, as
 * xmllint prints text nodes (escaped: for codes, numbers and plain references).
 */
export function xpathTexts(file: string, expression: string): string[] {
  const output = xpath(file, `${expression}/text()`)
  return output === undefined ? [] : output.replace(/\n$/, '').split('\n')
}

export function xpathNumber(file: string, expression: string): number {
  return Number(xpath(file, expression))
}

/** The root element, whatever its prefix: /*[local-name()='CC015C'] */
export const ROOT = "/*[local-name()='CC015C']"
