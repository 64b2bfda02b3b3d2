/**
 * The official `firstock` npm package (Firstock's own V1 SDK, 1.2.8), pointed at the sandbox's V1 base URL and
 * socket V2: every public method answers without an error. It checks the sandbox's V1 dialect against the client
 * Firstock ships, independently of this SDK. The package runs in a child process in a scratch folder, as it keeps its
 * session in ./config.json.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO_ACCOUNT, type Sandbox, startSandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { SESSION_MOMENT } from './session.js'

const here = dirname(fileURLToPath(import.meta.url))
const sdkDir = dirname(createRequire(import.meta.url).resolve('firstock/package.json'))
let scratch: string
const sandboxes: Sandbox[] = []
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'official-firstock-'))
})
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()))
  await rm(scratch, { recursive: true, force: true })
})

/**
 * A sandbox whose clock starts at `now` (IST): the AMO rules follow the exchange session by that clock. The market
 * trades at every moment all the same, so orders fill and the feed ticks. The package sends calls back to back
 * without pacing: the sandbox's per-second limits are off for this check.
 */
async function sandboxAt(now: string): Promise<Sandbox> {
  const sandbox = await startSandbox({ now, marketHours: 'always-open', tickIntervalMs: 100, rateLimits: false })
  sandboxes.push(sandbox)
  return sandbox
}

/** `HH:MM:SS DD-MM-YYYY` in IST, as V1's timePriceSeries takes it. */
function v1Time(epochMs: number): string {
  const d = new Date(epochMs + 330 * 60_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`
}

type Report = Record<string, { ok: boolean; error?: string; result?: any }>

/**
 * Runs the package's script against `sandbox`; `only: 'amo'` runs just login and placeAMO. Gives its report and the
 * token of the option whose Greeks it subscribed.
 */
async function runPackage(sandbox: Sandbox, only?: 'amo'): Promise<{ report: Report; option: string }> {
  // An option of the sandbox's own calendar (never a dated literal): the NIFTY call of the nearest expiry nearest the
  // index, whose Greeks are well away from zero.
  const spot = sandbox.market.quote('NSE', '26000')!.ltp
  const calls = sandbox.market.instruments().filter((i) => i.exchange === 'NFO' && i.optionType === 'CE' && i.symbolName === 'NIFTY')
  const distance = (i: (typeof calls)[number]) => Math.abs(i.strike! - spot)
  const option = calls.filter((i) => i.expiry === calls[0]!.expiry).reduce((best, i) => (distance(i) < distance(best) ? i : best))
  const now = sandbox.clock.now()
  const env = {
    ...process.env,
    SDK_DIR: sdkDir,
    ONLY: only ?? '',
    BASE_URL: sandbox.v1!.baseUrl,
    WS_HOST: new URL(sandbox.v1!.wsUrl).host + '/V2',
    ACCOUNT: JSON.stringify({ ...DEMO_ACCOUNT, totp: sandbox.totp() }),
    OPTION: JSON.stringify({
      underlying: option.symbolName,
      expiry: option.expiry,
      strike: option.strike,
      token: option.token,
      startTime: v1Time(now - 3_600_000),
      endTime: v1Time(now),
    }),
  }
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [join(here, 'official-sdk/run.cjs')], { cwd: scratch, env, timeout: 50_000 }, (error, out, err) =>
      error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
    ),
  )
  return { report: JSON.parse(stdout) as Report, option: option.token }
}

const failures = (report: Report) =>
  Object.entries(report).flatMap(([method, entry]) => (entry.ok ? [] : [`${method}: ${entry.error ?? 'no answer'}`]))

test('the official firstock 1.2.8 package works against the sandbox V1 for every public method', { timeout: 60_000 }, async () => {
  const { version } = createRequire(import.meta.url)('firstock/package.json') as { version: string }
  expect(version).toBe('1.2.8')
  // The evening of the session moment's day: the session is over, so placeAMO holds the order and modifyAMO changes it.
  const sandbox = await sandboxAt(`${SESSION_MOMENT.slice(0, 10)}T19:00`)
  const { report, option } = await runPackage(sandbox)
  expect(failures(report)).toEqual([])
  expect(Object.keys(report)).toEqual(
    expect.arrayContaining(['login', 'placeOrder', 'basketOrder', 'placeAMO', 'modifyAMO', 'placeGTTOrder', 'optionChain', 'initializeWebsockets', 'socketFeed', 'socketOrderUpdates', 'socketOptionGreeks', 'logout']),
  )
  // The package's Greeks callback gets the option's record, with the sandbox pricing model's Greeks of a call.
  const greeks = report.socketOptionGreeks!.result.first
  expect(greeks).toMatchObject({ c_exch_seg: 'NFO', c_symbol: option })
  expect(Number(greeks.delta)).toBeGreaterThan(0.2)
  expect(Number(greeks.delta)).toBeLessThan(0.8)
  expect(Number(greeks.gamma)).toBeGreaterThan(0)
  expect(Number(greeks.theta)).toBeLessThan(0)
  expect(Number(greeks.vega)).toBeGreaterThan(0)
})

test('the official package is told that an AMO during the session is refused', { timeout: 60_000 }, async () => {
  const sandbox = await sandboxAt(SESSION_MOMENT)
  const { report } = await runPackage(sandbox, 'amo')
  expect(report.login?.ok).toBe(true)
  expect(report.placeAMO).toEqual({ ok: false, error: expect.stringContaining('AMO orders are accepted only outside market hours') })
  expect(sandbox.orders()).toEqual([])
})
