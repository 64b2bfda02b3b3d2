import { DEMO_ACCOUNT, type Sandbox, type SandboxOptions, startSandbox, SESSION_MOMENT } from '@firstock/sandbox'
import { createFirstock, type FirstockOptions } from '../src/index.js'

/** Where these tests' sandboxes start: inside the continuous session, whatever today's date and hour. */
export { SESSION_MOMENT }

/** A sandbox at {@link SESSION_MOMENT} with the live timer off (tests step the market) and server-side rate limits off unless asked. */
export async function sandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ now: SESSION_MOMENT, seed: 7, tickIntervalMs: 0, rateLimits: false, ...options })
}

type Overrides = { [K in keyof FirstockOptions]?: FirstockOptions[K] | undefined }

/** A client for the sandbox's demo account; an override set to undefined removes that option. */
export function demoClient(sb: Sandbox, overrides: Overrides = {}) {
  const options: Overrides = {
    version: 'v3',
    baseUrl: sb.baseUrl,
    wsUrl: sb.wsUrl,
    userId: DEMO_ACCOUNT.userId,
    password: DEMO_ACCOUNT.password,
    totpSecret: DEMO_ACCOUNT.totpSecret,
    apiKey: DEMO_ACCOUNT.apiKey,
    vendorCode: DEMO_ACCOUNT.vendorCode,
    ...overrides,
  }
  for (const key of Object.keys(options) as (keyof Overrides)[]) if (options[key] === undefined) delete options[key]
  return createFirstock(options as FirstockOptions)
}

export const ITC = { exchange: 'NSE', tradingSymbol: 'ITC-EQ' } as const

export function countRequests(sb: Sandbox, endpoint: string): number {
  return sb.requests.filter((entry) => entry.endpoint === endpoint).length
}
