import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const cwd = fileURLToPath(new URL('..', import.meta.url))
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim()

// The built package (not src/) starts a sandbox in plain Node 20, imported as ESM and required as CJS.
const script = (load: string) =>
  `${load}.then(async (m) => { const sb = await m.startSandbox({ tickIntervalMs: 0 }); console.log(typeof m.generateTotp, sb.baseUrl.startsWith('http://127.0.0.1:')); await sb.close() })`

test('behavior: the built package imports as ESM', () => {
  expect(run(['--input-type=module', '-e', script("import('@firstock/sandbox')")])).toBe('function true')
})

test('behavior: the built package loads with require (CJS)', () => {
  expect(run(['-e', script("Promise.resolve(require('@firstock/sandbox'))")])).toBe('function true')
})
