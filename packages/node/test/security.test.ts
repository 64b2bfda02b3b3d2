import { inspect } from 'node:util'
import { DEMO_ACCOUNT, type Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createFirstock, ValidationError } from '../src/index.js'
import { sandbox } from './helpers.js'

const CANARY = {
  userId: 'CANARY1',
  password: 'canary-password-7f1e',
  totpSecret: 'KRSXG5CTMVRXEZLUKN2XAZLSKRSXG5CT',
  apiKey: 'canaryapikey0123456789abcdef0123',
  vendorCode: 'CANARY1_API',
}

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox({ seed: 3, accounts: [DEMO_ACCOUNT, CANARY] })
})
afterAll(() => sb.close())

test('security: base URL must be https except loopback', () => {
  const make = (baseUrl: string) => () => createFirstock({ version: 'v3', userId: 'X', baseUrl })
  expect(make('http://example.com/api/V3/')).toThrow(ValidationError)
  expect(make('http://10.0.0.1/api/V3/')).toThrow(/https/)
  expect(make('not a url')).toThrow(/baseUrl/)
  expect(make('https://connect.thefirstock.com/api/V3/')).not.toThrow()
  for (const host of ['127.0.0.1', 'localhost', '[::1]']) expect(make(`http://${host}:1234/api/V3/`)).not.toThrow()
})

test('security: no secret appears in errors, inspect output or log lines (canary)', async () => {
  const lines: string[] = []
  const log = (details: object, message?: string) => lines.push(`${message} ${JSON.stringify(details)}`)
  const firstock = createFirstock({
    version: 'v3',
    baseUrl: sb.baseUrl,
    wsUrl: sb.wsUrl,
    ...CANARY,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    timeout: 200,
    logger: { debug: log, info: log, warn: log, error: log },
  })
  const session = await firstock.login()
  const outputs: string[] = [inspect(firstock, { depth: 5 }), JSON.stringify(firstock), String(firstock)]
  const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const
  const kinds = ['html502', 'json500', 'reset', 'hang', 'slow', 'truncate', 'rateLimit', 'expireSession', 'acceptThenDrop'] as const
  const errors: unknown[] = []
  for (const kind of kinds) {
    sb.faults.inject({ endpoint: 'placeOrder', kind, count: 1, delayMs: 400 })
    errors.push(await firstock.placeOrder(order).catch((e: unknown) => e))
    sb.faults.inject({ endpoint: 'limit', kind, count: 3, delayMs: 400 })
    errors.push(await firstock.limit().catch((e: unknown) => e))
    sb.faults.clear()
  }
  errors.push(await firstock.placeOrder({ ...order, quantity: -5 }).catch((e: unknown) => e))
  errors.push(
    await createFirstock({ version: 'v3', baseUrl: sb.baseUrl, ...CANARY, password: `${CANARY.password}x` })
      .login()
      .catch((e: unknown) => e),
  )
  errors.push(await firstock.getQuote({ exchange: 'NSE', token: 'abc' }).catch((e: unknown) => e))
  for (const error of errors) {
    if (error === undefined || typeof error !== 'object') continue
    outputs.push(String(error), JSON.stringify(error), inspect(error, { depth: 10 }), (error as Error).stack ?? '')
  }
  outputs.push(...lines)
  expect(errors.filter((e) => e instanceof Error).length).toBeGreaterThan(10)
  expect(lines.length).toBeGreaterThan(10)
  const all = outputs.join('\n')
  for (const secret of [CANARY.password, CANARY.apiKey, CANARY.totpSecret, session.jKey]) {
    expect(all).not.toContain(secret)
  }
}, 30_000)
