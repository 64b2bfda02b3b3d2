#!/usr/bin/env node
// node ../../tooling/api-report.mjs [--update], run in a package folder after its build.
// The public surface of a package is what its built declaration files export. This prints each exported entry's
// declarations without comments (docs may change freely) into `api-report[.<entry>].d.ts` beside package.json.
// Without --update it fails when the built surface differs from the checked-in report, so every change to the
// public API shows up in review as a diff of that file. After an intended change: `pnpm api-report`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const update = process.argv.includes('--update')
const pkgDir = process.cwd()
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const ts = createRequire(join(pkgDir, 'package.json'))('typescript')

let stale = 0
for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
  const types = typeof target === 'object' ? target.import?.types : undefined
  if (!types) continue
  const name = entry === '.' ? 'api-report.d.ts' : `api-report.${entry.replace(/^\.\//, '').replace(/\//g, '-')}.d.ts`
  const report = surface(join(pkgDir, types))
  const file = join(pkgDir, name)
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (current === report) continue
  if (update) {
    writeFileSync(file, report)
    console.log(`api-report: wrote ${pkg.name} ${name}`)
  } else {
    stale++
    console.error(`api-report: the public API of ${pkg.name} (${entry}) changed and ${name} was not updated.`)
    console.error(diffSummary(current ?? '', report))
  }
}
if (stale > 0) {
  console.error('Review the change, then run `npx -y pnpm@10 api-report` at the root and commit the reports.')
  process.exit(1)
}

/** The declarations of a built .d.ts, printed without comments, with a header saying what the file is. */
function surface(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const printed = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed }).printFile(source)
  return `// The public API of ${pkg.name}, generated from its built types by tooling/api-report.mjs. Do not edit.\n${printed}`
}

/** The lines only in one of the two texts (enough to see what moved without a diff tool). */
function diffSummary(before, after) {
  const a = new Set(before.split('\n'))
  const b = new Set(after.split('\n'))
  const removed = [...a].filter((l) => !b.has(l)).slice(0, 15).map((l) => `  - ${l}`)
  const added = [...b].filter((l) => !a.has(l)).slice(0, 15).map((l) => `  + ${l}`)
  return [...removed, ...added].join('\n')
}
