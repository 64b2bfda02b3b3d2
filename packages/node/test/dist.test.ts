import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const cwd = fileURLToPath(new URL('..', import.meta.url))
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim()

// The built packages (not src/) load in plain Node 20 both ways; the test script runs after `build`.
test('behavior: the built package imports as ESM', () => {
  const out = run(['--input-type=module', '-e', "const m = await import('@firstock/node'); console.log(typeof m.createFirstock, typeof m.placeOrder.request.parse, m.v3.version)"])
  expect(out).toBe('function function v3')
})

test('behavior: the built package loads with require (CJS)', () => {
  const out = run(['-e', "const m = require('@firstock/node'); const c = require('@firstock/core'); console.log(typeof m.createFirstock, m.OrderOutcomeUnknownError === c.OrderOutcomeUnknownError)"])
  expect(out).toBe('function true')
})

// papaparse and otpauth are loaded on first use, not at import (~40 ms of a cold start). A CommonJS module shows up in
// require.cache however it was loaded. Both builds load otpauth with import(), which picks its ESM build (not in the
// cache), so "after first use" shows papaparse only; a static require('otpauth') would show at import.
const LAZY = String.raw`Object.keys(require.cache).filter((k) => /[\\/](papaparse|otpauth)[\\/]/.test(k)).map((k) => k.includes('papaparse') ? 'papaparse' : 'otpauth').sort().join() || 'none'`

test('behavior: requiring the built package loads neither papaparse nor otpauth until first use', () => {
  const out = run(['-e', `const m = require('@firstock/node'); console.log(${LAZY}); Promise.all([m.parseSymbolMaster(''), m.totpFromSecret('JBSWY3DPEHPK3PXP')]).then(() => console.log(${LAZY}))`])
  expect(out).toBe('none\npapaparse')
})

test('behavior: importing the built package does not load papaparse until first use', () => {
  const out = run(['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const m = await import('@firstock/node'); console.log(${LAZY}); await m.parseSymbolMaster(''); console.log(${LAZY})`])
  expect(out).toBe('none\npapaparse')
})
