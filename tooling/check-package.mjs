#!/usr/bin/env node
// Package-shape check for one published package, run from its directory by its `lint` script:
// 1. packs the package once with pnpm (what `changeset publish` uploads: `workspace:^` rewritten),
// 2. asserts the tarball holds only dist/**, README.md, LICENSE, CHANGELOG.md and package.json,
//    and that the packed manifest is ESM + CJS + types, `sideEffects: false`, `engines.node >= 20`,
// 3. runs `publint --strict` and `attw` (arethetypeswrong) on that same tarball,
// 4. with --browser: bundles each entry's dist file for `platform: 'browser'` and fails on any Node built-in.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

const pkgDir = process.cwd()
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const problems = []
const fail = (msg) => problems.push(msg)
const started = Date.now()

const tmp = mkdtempSync(join(tmpdir(), 'firstock-pack-'))
try {
  // --- 1. pack ---------------------------------------------------------------------------------------------
  const out = execFileSync('pnpm', ['pack', '--pack-destination', tmp, '--json'], { cwd: pkgDir, encoding: 'utf8' })
  const packed = JSON.parse(out.slice(out.indexOf('{')))
  const tarball = packed.filename.startsWith('/') ? packed.filename : join(tmp, packed.filename.split('/').pop())

  // --- 2. contents and manifest -----------------------------------------------------------------------------
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean)
  const allowed = /^package\/(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/
  for (const f of files) if (!allowed.test(f)) fail(`tarball holds ${f} (only dist/**, README.md, LICENSE, CHANGELOG.md, package.json)`)
  for (const f of ['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
    if (!files.includes(`package/${f}`)) fail(`tarball misses ${f}`)
  }
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }))
  if (manifest.sideEffects !== false) fail('package.json: sideEffects must be false')
  if (!/^>=\s*20(\.|$)/.test(manifest.engines?.node ?? '')) fail(`package.json: engines.node must be ">=20" (got ${manifest.engines?.node})`)
  if (manifest.type !== 'module') fail('package.json: type must be "module"')
  const root = manifest.exports?.['.']
  for (const cond of ['import', 'require']) {
    const c = root?.[cond]
    if (!c || Object.keys(c)[0] !== 'types' || !c.default) fail(`package.json: exports["."].${cond} needs "types" first, then "default"`)
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) fail(`packed ${field}.${name} is still ${range}`)
    }
  }

  // --- 3. publint --strict and attw on the same tarball -----------------------------------------------------
  execFileSync('tar', ['-xzf', tarball, '-C', tmp])
  const lint = await publint({ pkgDir: join(tmp, 'package'), pack: false, strict: true })
  for (const m of lint.messages) fail(`publint ${m.type}: ${formatMessage(m, lint.pkg) ?? m.code}`)
  try {
    const require = createRequire(import.meta.url)
    const attw = join(require.resolve('@arethetypeswrong/cli/package.json'), '..', 'dist/index.js')
    execFileSync(process.execPath, [attw, tarball, '--format', 'table-flipped'], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    fail(`attw:\n${error.stdout}${error.stderr}`)
  }

  // --- 4. browser bundle: no Node built-ins anywhere in the graph -------------------------------------------
  if (process.argv.includes('--browser')) {
    const builtins = new Set(builtinModules)
    const found = []
    await build({
      // Every entry of `exports` (a package may have more than one, e.g. `@firstock/core/protocol`).
      entryPoints: Object.values(pkg.exports ?? {}).flatMap((t) => (typeof t === 'object' && t.import?.default ? [join(pkgDir, t.import.default)] : [])),
      outdir: join(tmp, 'browser'),
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
      plugins: [
        {
          name: 'no-node-builtins',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              const bare = args.path.replace(/^node:/, '').split('/')[0]
              if (args.path.startsWith('node:') || builtins.has(args.path) || (builtins.has(bare) && !args.path.startsWith('.'))) {
                found.push(`${args.path} (imported by ${args.importer.replace(pkgDir, '.')})`)
                return { path: args.path, external: true }
              }
              return undefined
            })
          },
        },
      ],
    }).catch((error) => fail(`browser bundle failed: ${error.message}`))
    for (const f of found) fail(`browser bundle imports the Node built-in ${f}`)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const took = ((Date.now() - started) / 1000).toFixed(1)
if (problems.length > 0) {
  console.error(`${pkg.name}: package check failed\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log(`${pkg.name}: tarball, publint --strict, attw${process.argv.includes('--browser') ? ', browser bundle' : ''} ok (${took} s)`)
