import { DEMO_ACCOUNT, startSandbox, type Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { main } from '../src/streaming-both.js'
import { SESSION_MOMENT } from './session.js'

// The same streaming program against one sandbox, once on V3 and once on V1: the same scrips, the same tick type,
// and (one market behind both) prices that agree, so the V1 socket's paise really became rupees.
let sb: Sandbox
beforeAll(async () => {
  sb = await startSandbox({ now: SESSION_MOMENT, seed: 3, tickIntervalMs: 50, tokensPerTick: 50, rateLimits: false })
})
afterAll(() => sb.close())

const envFor = (baseUrl: string, wsUrl: string) => ({
  FIRSTOCK_BASE_URL: baseUrl,
  FIRSTOCK_WS_URL: wsUrl,
  FIRSTOCK_USER_ID: DEMO_ACCOUNT.userId,
  FIRSTOCK_PASSWORD: DEMO_ACCOUNT.password,
  FIRSTOCK_TOTP_SECRET: DEMO_ACCOUNT.totpSecret,
  FIRSTOCK_API_KEY: DEMO_ACCOUNT.apiKey,
  FIRSTOCK_VENDOR_CODE: DEMO_ACCOUNT.vendorCode,
})

test('example: the same streaming program on V3 and on V1', async () => {
  const lines: string[] = []
  const log = (...args: unknown[]) => lines.push(args.join(' '))
  const v3 = await main('v3', envFor(sb.baseUrl, sb.wsUrl), log, 4)
  const v1 = await main('v1', envFor(sb.v1!.baseUrl, sb.v1!.wsUrl), log, 4)
  for (const ticks of [v3, v1]) {
    expect(ticks).toHaveLength(4)
    expect(new Set(ticks.map((t) => t.key))).toEqual(new Set(['NSE|26000', 'NSE|2885']))
    expect(ticks.every((t) => typeof t.lastPrice === 'number' && t.lastPrice > 0)).toBe(true)
  }
  for (const key of ['NSE|26000', 'NSE|2885']) {
    const a = v3.find((t) => t.key === key)!.lastPrice!
    const b = v1.find((t) => t.key === key)!.lastPrice!
    expect(Math.abs(a - b) / a).toBeLessThan(0.05)
  }
  expect(lines.some((l) => l.startsWith('v3 NSE|26000'))).toBe(true)
  expect(lines.some((l) => l.startsWith('v1 NSE|26000'))).toBe(true)
  expect(lines.filter((l) => l.startsWith('no data'))).toEqual([])
})
