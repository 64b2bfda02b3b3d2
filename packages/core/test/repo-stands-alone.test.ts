/**
 * The repository must work as a clone with nothing beside it: no file may point at a document or folder outside it,
 * and every relative Markdown link must lead to a file that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.turbo', 'docs-api', 'coverage'])
const TEXT = /\.(ts|mts|cts|js|mjs|cjs|json|md|yaml|yml|sh)$|^run$/

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* files(join(dir, entry.name))
    } else if (TEXT.test(entry.name) && entry.name !== 'pnpm-lock.yaml') {
      yield join(dir, entry.name)
    }
  }
}

/** Names of the research notes and folders that live outside the repo; `docs/` holds the repo's own copies. */
const OUTSIDE = [
  /\.\.\/shared\//,
  /shared\/firstock-api/,
  /fixtures-(v3|current)\b/,
  /(?<![\w/-])(v3|current|style)\.md\b/,
  /(?<!docs\/)(?<![\w-])market-calendar\.md\b/,
]

const THIS_FILE = fileURLToPath(import.meta.url)
const all = [...files(ROOT)].filter((f) => f !== THIS_FILE)

describe('the repository stands alone', () => {
  test('behavior: no file refers to a document or folder outside the repository', () => {
    const found: string[] = []
    for (const file of all) {
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, i) => {
        if (OUTSIDE.some((re) => re.test(line))) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 120)}`)
      })
    }
    expect(found).toEqual([])
  })

  test('behavior: every relative link in a Markdown file leads to a file of the repository', () => {
    const broken: string[] = []
    for (const file of all.filter((f) => f.endsWith('.md'))) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue
        const path = join(dirname(file), target!)
        if (!existsSync(path) || !path.startsWith(ROOT)) broken.push(`${relative(ROOT, file)} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('behavior: the checker itself finds an outside reference', () => {
    expect(OUTSIDE.some((re) => re.test('read ../shared/firstock-api/v3.md'))).toBe(true)
    expect(OUTSIDE.some((re) => re.test('see current.md §2'))).toBe(true)
    expect(OUTSIDE.some((re) => re.test('see docs/connect-protocol.md §2'))).toBe(false)
    expect(statSync(join(ROOT, 'docs/connect-protocol.md')).isFile()).toBe(true)
  })
})
