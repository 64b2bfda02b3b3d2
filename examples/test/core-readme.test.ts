import { readFileSync } from 'node:fs'
import * as core from '@firstock/core'
import { DEMO_ACCOUNT, startSandbox } from '@firstock/sandbox'
import ts from 'typescript'
import { expect, test } from 'vitest'
import { SESSION_MOMENT } from './session.js'

// @firstock/core's own tests do not start the sandbox (a separate implementation of the wire protocol), so its README example runs here:
// the Quick start block as written, with the account values and the base URL pointed at a sandbox.
test('README example: @firstock/core quick start', async () => {
  const readme = readFileSync(new URL('../../packages/core/README.md', import.meta.url), 'utf8')
  const code = /## Quick start\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1]
  expect(code).toBeDefined()
  const body = code!.replace(/^import .*$/m, '').replaceAll("'AB1234'", 'userId').replaceAll("'AB1234_API'", 'vendorCode')
  expect(body.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(10)
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText

  const sb = await startSandbox({ now: SESSION_MOMENT, tickIntervalMs: 0, rateLimits: false })
  try {
    const lines: unknown[][] = []
    const sdk = { ...core, v3: { ...core.v3, baseUrl: sb.baseUrl } }
    const names = Object.keys(sdk).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>
    const run = new AsyncFunction('sdk', 'console', 'userId', 'password', 'totpSecret', 'apiKey', 'vendorCode', `const { ${names.join(', ')} } = sdk\n${js}`)
    const { userId, password, totpSecret, apiKey, vendorCode } = DEMO_ACCOUNT
    await run(sdk, { log: (...args: unknown[]) => lines.push(args) }, userId, password, totpSecret, apiKey, vendorCode)
    expect(lines).toHaveLength(1)
    expect(typeof lines[0]![0]).toBe('number')
    expect(sb.requests.map((r) => r.endpoint)).toEqual(['login', 'getQuoteLtp'])
  } finally {
    await sb.close()
  }
})
