#!/usr/bin/env node
// Installs the packed packages (what `npm publish` would upload) into an empty project and uses them as a user
// would: Node ESM, Node CJS, and a bundler (esbuild, for Node and for the browser). Run after `pnpm build`:
//   node tooling/pack-check.mjs            (needs the npm registry for the packages' own dependencies)
// Everything runs against a sandbox on loopback; nothing else is contacted.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PACKAGES = ['core', 'node', 'stream', 'sandbox']
const work = mkdtempSync(join(tmpdir(), 'firstock-pack-'))
const keep = process.argv.includes('--keep')

function run(cmd, args, cwd) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } })
}

// What a user's program does with the installed packages, in either module system.
const program = (load) => `
${load}
const sb = await startSandbox({ port: 0, seed: 3, tickIntervalMs: 20, rateLimits: false })
try {
  const firstock = createFirstock({ version: 'v3', baseUrl: sb.baseUrl, wsUrl: sb.wsUrl, ...DEMO_ACCOUNT })
  await firstock.login()
  const quote = await firstock.getQuote({ exchange: 'NSE', token: '26000' })
  if (!(quote.lastTradedPrice > 0)) throw new Error('no price in ' + JSON.stringify(quote))
  const stream = createStream({ provider: firstock })
  for await (const tick of stream.touchline('NSE|26000')) { if (tick.lastPrice > 0) break }
  await stream.close()
  await firstock.logout()
  console.log('ok', typeof core.call, quote.tradingSymbol)
} finally {
  await sb.close()
}
`

try {
  const tarballs = join(work, 'tarballs')
  mkdirSync(tarballs)
  for (const name of PACKAGES) run('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', tarballs], join(root, 'packages', name))
  const project = join(work, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, version: '1.0.0' }))
  const files = readdirSync(tarballs).map((f) => join(tarballs, f))
  run('npm', ['install', '--no-save', ...files, 'esbuild@0.28'], project)

  writeFileSync(
    join(project, 'esm.mjs'),
    program(`import * as core from '@firstock/core'
import { createFirstock } from '@firstock/node'
import { createStream } from '@firstock/stream'
import { DEMO_ACCOUNT, startSandbox } from '@firstock/sandbox'`),
  )
  writeFileSync(
    join(project, 'cjs.cjs'),
    `(async () => {${program(`const core = require('@firstock/core')
const { createFirstock } = require('@firstock/node')
const { createStream } = require('@firstock/stream')
const { DEMO_ACCOUNT, startSandbox } = await import('@firstock/sandbox')`)}})().catch((e) => { console.error(e); process.exitCode = 1 })`,
  )
  writeFileSync(
    join(project, 'browser.mjs'),
    `import { call, fetchTransport, registries } from '@firstock/core'\nimport { createStream } from '@firstock/stream'\nconsole.log(typeof call, typeof fetchTransport, Object.keys(registries), typeof createStream)\n`,
  )
  console.log('\n# Node ESM')
  run('node', ['esm.mjs'], project)
  console.log('\n# Node CJS')
  run('node', ['cjs.cjs'], project)
  console.log('\n# esbuild, platform node (bundled, then run)')
  run('npx', ['esbuild', 'esm.mjs', '--bundle', '--platform=node', '--format=esm', '--outfile=out/node.mjs', '--log-level=warning',
    '--banner:js=import { createRequire } from "node:module"; const require = createRequire(import.meta.url);'], project)
  run('node', ['out/node.mjs'], project)
  console.log('\n# esbuild, platform browser (core + stream must bundle without Node built-ins)')
  run('npx', ['esbuild', 'browser.mjs', '--bundle', '--platform=browser', '--format=esm', '--outfile=out/browser.mjs', '--log-level=warning'], project)
  console.log('\npack-check: every package installs and runs from its tarball (ESM, CJS, esbuild node + browser)')
} finally {
  if (keep) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
