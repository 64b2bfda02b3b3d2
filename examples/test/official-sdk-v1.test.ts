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

const here = dirname(fileURLToPath(import.meta.url))
const sdkDir = dirname(createRequire(import.meta.url).resolve('firstock/package.json'))
let sandbox: Sandbox
let scratch: string
beforeAll(async () => {
  // The package sends calls back to back without pacing: the sandbox's per-second limits are off for this check.
  sandbox = await startSandbox({ tickIntervalMs: 100, rateLimits: false })
  scratch = await mkdtemp(join(tmpdir(), 'official-firstock-'))
})
afterAll(async () => {
  await sandbox.close()
  await rm(scratch, { recursive: true, force: true })
})

/** `HH:MM:SS DD-MM-YYYY` in IST, as V1's timePriceSeries takes it. */
function v1Time(epochMs: number): string {
  const d = new Date(epochMs + 330 * 60_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`
}

test('the official firstock 1.2.8 package works against the sandbox V1 for every public method', { timeout: 60_000 }, async () => {
  const { version } = createRequire(import.meta.url)('firstock/package.json') as { version: string }
  expect(version).toBe('1.2.8')
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
  const report = JSON.parse(stdout) as Record<string, { ok: boolean; error?: string; result?: any }>
  const failed = Object.entries(report).flatMap(([method, entry]) => (entry.ok ? [] : [`${method}: ${entry.error ?? 'no answer'}`]))
  // Known differences, checked so that a change shows. While the sandbox's market is open (it follows the wall clock)
  // an AMO is placed as an ordinary order, so modifyAMO then finds no AMO to change; when closed, it is held and
  // modifyAMO works.
  const amoWhileOpen = /^modifyAMO: .*invalid or has already been executed/
  expect(failed.filter((line) => !amoWhileOpen.test(line))).toEqual([])
  // The package's Greeks callback gets the option's record, with the sandbox pricing model's Greeks of a call.
  const greeks = report.socketOptionGreeks!.result.first
  expect(greeks).toMatchObject({ c_exch_seg: 'NFO', c_symbol: option.token })
  expect(Number(greeks.delta)).toBeGreaterThan(0.2)
  expect(Number(greeks.delta)).toBeLessThan(0.8)
  expect(Number(greeks.gamma)).toBeGreaterThan(0)
  expect(Number(greeks.theta)).toBeLessThan(0)
  expect(Number(greeks.vega)).toBeGreaterThan(0)
  expect(Object.keys(report)).toEqual(expect.arrayContaining(['login', 'placeOrder', 'basketOrder', 'placeAMO', 'placeGTTOrder', 'optionChain', 'initializeWebsockets', 'socketFeed', 'socketOrderUpdates', 'logout']))
})
