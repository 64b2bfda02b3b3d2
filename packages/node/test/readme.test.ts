import { readFile } from 'node:fs/promises'
import { DEMO_ACCOUNT, type Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import ts from 'typescript'
import * as sdk from '../src/index.js'
import { sandbox } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox({ tickIntervalMs: 20 })
})
afterAll(() => sb.close())

/** Runs the README's "Running a bot safely" code block against the sandbox, with its env vars pointed there. */
test('README example', async () => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Running a bot safely'))
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
  expect(code).toBeDefined()
  const env = {
    FIRSTOCK_BASE_URL: sb.baseUrl,
    FIRSTOCK_USER_ID: DEMO_ACCOUNT.userId,
    FIRSTOCK_PASSWORD: DEMO_ACCOUNT.password,
    FIRSTOCK_TOTP_SECRET: DEMO_ACCOUNT.totpSecret,
    FIRSTOCK_API_KEY: DEMO_ACCOUNT.apiKey,
    FIRSTOCK_VENDOR_CODE: DEMO_ACCOUNT.vendorCode,
  }
  const body = ts.transpileModule(code!.replace(/^import .*$/gm, ''), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText
  const logs: unknown[] = []
  const run = new Function('sdk', 'process', 'console', `const { ${Object.keys(sdk).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k)).join(', ')} } = sdk; return (async () => {\n${body}\n})()`)
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop', count: 1 })
  await run(sdk, { env }, { log: (...args: unknown[]) => logs.push(args) })
  expect(logs.length).toBeGreaterThan(0)
  expect(sb.orders(DEMO_ACCOUNT.userId).length).toBeGreaterThanOrEqual(1)
})
