#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { startSandbox } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    seed: { type: 'string', default: '42' },
    host: { type: 'string', default: '127.0.0.1' },
    // Benchmarks and load tests run the sandbox in its own process without its rate limits.
    'rate-limits': { type: 'string', default: 'on' },
    'tick-ms': { type: 'string', default: '250' },
    'tokens-per-tick': { type: 'string', default: '20' },
    // The simulated market's start time (ISO-8601; without a zone, IST). Default: now.
    now: { type: 'string' },
    // The token of the control routes (default: a new random one, printed below); or $FIRSTOCK_SANDBOX_TOKEN.
    'control-token': { type: 'string' },
    // Which API generations to serve: v1 (/V1/ and socket V2), v3 (/api/V3/ and the Noren socket), or both.
    api: { type: 'string', default: 'both' },
    // A recorded ticks CSV that drives the market instead of the random walk, and how fast to play it.
    replay: { type: 'string' },
    'replay-speed': { type: 'string', default: '1' },
    // Market sessions: real (NSE/BSE pre-open, trading 09:15–15:30 IST; the default) or always-open (fills at any hour).
    'market-hours': { type: 'string', default: 'real' },
  },
})

async function main(): Promise<void> {
  const port = Number(values.port)
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed
  const controlToken = values['control-token'] || process.env.FIRSTOCK_SANDBOX_TOKEN || undefined
  const api = values.api
  if (api !== 'v1' && api !== 'v3' && api !== 'both') throw new Error(`--api: expected v1, v3 or both (got ${api})`)
  const speed = Number(values['replay-speed'])
  if (!(speed > 0)) throw new Error(`--replay-speed: expected a number above 0 (got ${values['replay-speed']})`)
  const marketHours = values['market-hours']
  if (marketHours !== 'real' && marketHours !== 'always-open') throw new Error(`--market-hours: expected real or always-open (got ${marketHours})`)
  // The "REST base URL" and "WebSocket" lines keep meaning V3: scripts (bench, load tests) read them.
  const sandbox = await startSandbox({
    port,
    seed,
    host: values.host,
    rateLimits: values['rate-limits'] !== 'off',
    tickIntervalMs: Number(values['tick-ms']),
    tokensPerTick: Number(values['tokens-per-tick']),
    api,
    marketHours,
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(controlToken ? { controlToken } : {}),
    ...(values.replay !== undefined ? { replay: { file: values.replay, speed } } : {}),
  })
  const account = sandbox.accounts[0]!

  console.log(`firstock-sandbox: a local Firstock service (${api === 'both' ? 'V3 and Developer API V1' : api === 'v1' ? 'Developer API V1' : 'V3'}) with a simulated market (seed ${String(seed)})
  Market clock   ${new Date(sandbox.clock.now()).toISOString()}${values.now !== undefined ? ' (from --now, running)' : ''}
  Market hours   ${marketHours === 'real' ? 'real (NSE/BSE pre-open 09:00–09:15, trading 09:15–15:30 IST; orders outside are rejected; --market-hours always-open trades at any hour)' : 'always-open (orders fill at any hour)'}
${values.replay !== undefined ? `  Replay         ${values.replay} at ${speed}x (the clock is the recorded time; no random walk)
` : ''}${api === 'v1' ? '' : `  REST base URL  ${sandbox.baseUrl}
  WebSocket      ${sandbox.wsUrl}
`}${sandbox.v1 ? `  V1 base URL    ${sandbox.v1.baseUrl}  (password as its SHA-256 hex)
  V1 socket V2   ${sandbox.v1.wsUrl}?userId=…&jKey=…&source=developer-api
` : ''}  Rate limits    ${values['rate-limits'] === 'off' ? 'off' : 'on (quotes 3/s, candles 3/s, others 10/s; orders 200/min on V3, 10/s on V1)'}
  Faults         POST ${sandbox.httpUrl}/__sandbox/faults  {"kind":"html502","endpoint":"placeOrder"}
  Control token  ${sandbox.controlToken}
                 (send as 'Authorization: Bearer <token>' to /__sandbox/…, from this machine only)
Demo credentials
  userId      ${account.userId}
  password    ${account.password}
  TOTP secret ${account.totpSecret}  (current code ${sandbox.totp(account.userId)})
  apiKey      ${account.apiKey}
  vendorCode  ${account.vendorCode}
Ctrl-C to stop.`)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void sandbox.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`firstock-sandbox: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
