import { execFileSync } from 'node:child_process'
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
