import { totpFromSecret, type Session } from '@firstock/core'
import { createFirstock, type Firstock, type FirstockOptions } from '@firstock/node'
import { DEMO_ACCOUNT, startSandbox, type Sandbox, type SandboxOptions, SESSION_MOMENT } from '@firstock/sandbox'

export { DEMO_ACCOUNT, startSandbox, type Sandbox }
export { until } from './fake-server.js'

/** Where these tests' sandboxes start: inside the continuous session, whatever today's date and hour. */
export { SESSION_MOMENT }

export const startTestSandbox = (options: SandboxOptions = {}) =>
  startSandbox({ now: SESSION_MOMENT, port: 0, seed: 1, tickIntervalMs: 20, rateLimits: false, ...options })

/** Logs the demo account in over plain fetch (no SDK client), as the sandbox's own docs do. */
export async function login(sb: Sandbox, account = DEMO_ACCOUNT): Promise<Session> {
  const res = await fetch(`${sb.baseUrl}login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      userId: account.userId,
      password: account.password,
      TOTP: await totpFromSecret(account.totpSecret),
      vendorCode: account.vendorCode,
      apiKey: account.apiKey,
    }),
  })
  const body = (await res.json()) as { status: string; data?: { susertoken?: string } }
  const jKey = body.data?.susertoken
  if (!jKey) throw new Error(`sandbox login failed: ${JSON.stringify(body).slice(0, 200)}`)
  return { userId: account.userId, jKey, createdAt: new Date().toISOString() }
}

/** A node client for the sandbox's demo account, on V3 or V1, with client-side rate limits off. */
export function demoFirstock<V extends 'v3' | 'v1' = 'v3'>(sb: Sandbox, extra: Partial<FirstockOptions<V>> & { version?: V } = {}): Firstock<V> {
  const urls = extra.version === 'v1' ? sb.v1! : { baseUrl: sb.baseUrl, wsUrl: sb.wsUrl }
  const { userId, password, totpSecret, apiKey, vendorCode } = DEMO_ACCOUNT
  return createFirstock({ version: 'v3', ...urls, userId, password, totpSecret, apiKey, vendorCode, rateLimits: false, ...extra } as FirstockOptions<V>)
}
