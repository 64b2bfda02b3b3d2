import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const cwd = fileURLToPath(new URL('..', import.meta.url))
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim()

// The built packages (not src/) load in plain Node 20 both ways; the test script runs after `build`.
test('behavior: the built package imports as ESM', () => {
  const out = run(['--input-type=module', '-e', "const m = await import('@firstock/node'); const { request } = await m.schemasOf(m.placeOrder); console.log(typeof m.createFirstock, typeof request.parse, m.v3.version)"])
  expect(out).toBe('function function v3')
})

test('behavior: the built package loads with require (CJS)', () => {
  const out = run(['-e', "const m = require('@firstock/node'); const c = require('@firstock/core'); m.schemasOf(m.placeOrder).then(({ request }) => console.log(typeof m.createFirstock, m.OrderOutcomeUnknownError === c.OrderOutcomeUnknownError, typeof request.parse))"])
  expect(out).toBe('function true function')
})

// papaparse and otpauth are loaded on first use, not at import (~40 ms of a cold start). A CommonJS module shows up in
// require.cache however it was loaded. Both builds load otpauth with import(), which picks its ESM build (not in the
// cache), so "after first use" shows papaparse only; a static require('otpauth') would show at import.
const LAZY = String.raw`Object.keys(require.cache).filter((k) => /[\\/](papaparse|otpauth)[\\/]/.test(k)).map((k) => k.includes('papaparse') ? 'papaparse' : 'otpauth').sort().join() || 'none'`

test('behavior: requiring the built package loads neither papaparse nor otpauth until first use', () => {
  const out = run(['-e', `const m = require('@firstock/node'); console.log(${LAZY}); Promise.all([m.parseSymbolMaster(''), m.totpFromSecret('JBSWY3DPEHPK3PXP')]).then(() => console.log(${LAZY}))`])
  expect(out).toBe('none\npapaparse')
})

// An ESM resolve hook sees every module the import pulls in, including dynamic import()s. It and the script append
// to one log file synchronously (the hook answers before the import goes on), so the log's order is the load order.
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { appendFileSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); const m = /node_modules\\/(zod|papaparse|otpauth)\\//.exec(r.url); if (m) appendFileSync(process.env.LOAD_LOG, m[1] + '\\n'); return r }",
)}`

test('behavior: importing the built package loads none of zod, papaparse, otpauth until each is first used', () => {
  const log = join(mkdtempSync(join(tmpdir(), 'firstock-load-')), 'log')
  const script = [
    "import { register } from 'node:module'; import { appendFileSync } from 'node:fs'",
    `register(${JSON.stringify(HOOK)})`,
    "const mark = (step) => appendFileSync(process.env.LOAD_LOG, step + '\\n')",
    "const m = await import('@firstock/node'); mark('imported')",
    "await m.schemasOf(m.placeOrder); mark('schemas')",
    "await m.parseSymbolMaster(''); mark('parsed')",
    "await m.totpFromSecret('JBSWY3DPEHPK3PXP')",
  ].join('\n')
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, env: { ...process.env, LOAD_LOG: log } })
  const order = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))]
  expect(order).toEqual(['imported', 'zod', 'schemas', 'papaparse', 'parsed', 'otpauth'])
})
