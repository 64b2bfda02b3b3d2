import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const cwd = fileURLToPath(new URL('..', import.meta.url))
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim()

// The built package (not src/) loads in plain Node 20 both ways; the test script runs after `build`.
test('behavior: the built package imports as ESM', () => {
  const out = run(['--input-type=module', '-e', "const m = await import('@firstock/stream'); console.log(typeof m.createStream, m.DEFAULT_RECONNECT.maxDelayMs > 0)"])
  expect(out).toBe('function true')
})

test('behavior: the built package loads with require (CJS)', () => {
  const out = run(['-e', "const m = require('@firstock/stream'); console.log(typeof m.createStream, typeof m.backoffDelay)"])
  expect(out).toBe('function function')
})
