// REST latency: 2,000 sequential getQuote through @firstock/node vs raw fetch of the same body, interleaved
// in blocks so that drift (GC, CPU frequency, the server's JIT) hits both alike. BENCH_API (v3 | v1) picks the API
// generation; BENCH_BASE_URL is that generation's base URL.
import { apiOf, fetchClient, sdkClient } from './rest-clients.mjs'
import { fmt, quantile, sandboxFromEnv, sorted } from './lib.mjs'

const N = Number(process.env.BENCH_LATENCY_CALLS ?? 2000)
const BLOCK = 100
const api = apiOf(process.env.BENCH_API)
const { baseUrl } = sandboxFromEnv()
const sdk = await sdkClient(baseUrl, { api })
const raw = fetchClient(baseUrl, sdk.session.jKey, api)

async function timeBlock(fn, into, n) {
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await fn()
    into.push(performance.now() - t0)
  }
}
const warm = []
for (let i = 0; i < 5; i++) {
  await timeBlock(sdk.getQuote, warm, 100)
  await timeBlock(raw, warm, 100)
}
const sdkTimes = []
const rawTimes = []
for (let done = 0; done < N; done += BLOCK) {
  await timeBlock(sdk.getQuote, sdkTimes, BLOCK)
  await timeBlock(raw, rawTimes, BLOCK)
}
const s = sorted(sdkTimes)
const r = sorted(rawTimes)
const out = { sdkMedian: quantile(s, 0.5), sdkP99: quantile(s, 0.99), rawMedian: quantile(r, 0.5), rawP99: quantile(r, 0.99) }
process.stdout.write(`\n@@RESULT ${JSON.stringify(out)}\n`)
if (process.env.BENCH_VERBOSE) console.error(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, fmt(v, 3)])))
