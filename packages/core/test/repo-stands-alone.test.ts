/**
 * The repository must work as a clone with nothing beside it: no file may point at a document or folder outside it,
 * and every relative Markdown link must lead to a file that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
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

const THIS_FILE = fileURLToPath(import.meta.url)
const all = [...files(ROOT)].filter((f) => f !== THIS_FILE)
/** Every Markdown file name in the repository: a `.md` name that is not one of these names a document elsewhere. */
const MARKDOWN_NAMES = new Set(all.filter((f) => f.endsWith('.md')).map((f) => basename(f)))

/** A relative path that climbs out of its folder (`../…`). */
const CLIMBING_PATH = /(?<![\w.])(?:\.\.\/)+[\w@.-]*(?:\/[\w@.-]+)*/g
/** A Markdown file name. */
const MARKDOWN_NAME = /(?<![\w.-])[\w.-]+\.md\b/g

/** The references in one line of `file` that lead outside the repository. */
function outsideReferences(file: string, line: string): string[] {
  const climbing = [...line.matchAll(CLIMBING_PATH)].map(([path]) => path).filter((path) => relative(ROOT, join(dirname(file), path)).startsWith('..'))
  const documents = [...line.matchAll(MARKDOWN_NAME)].map(([name]) => name).filter((name) => !MARKDOWN_NAMES.has(basename(name)))
  return [...climbing, ...documents]
}

describe('the repository stands alone', () => {
  test('behavior: no file refers to a document or folder outside the repository', () => {
    const found: string[] = []
    for (const file of all) {
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, i) => {
        for (const reference of outsideReferences(file, line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${reference}`)
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
    const readme = join(ROOT, 'README.md')
    expect(outsideReferences(readme, 'read ../elsewhere/notes/api.md')).toEqual(['../elsewhere/notes/api.md', 'api.md'])
    expect(outsideReferences(readme, 'see research-notes.md §2')).toEqual(['research-notes.md'])
    expect(outsideReferences(readme, 'see docs/connect-protocol.md §2 and [the tests](./packages/core/test/)')).toEqual([])
    expect(outsideReferences(join(ROOT, 'packages/core/test/x.ts'), "new URL('../../../', import.meta.url)")).toEqual([])
    expect(statSync(join(ROOT, 'docs/connect-protocol.md')).isFile()).toBe(true)
  })
})
