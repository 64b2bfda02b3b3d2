// One profiled client (argv[2]: sdk | sdk-limiter | http | undici): BENCH_CALLS getQuote at BENCH_CONCURRENCY, after a warm-up.
import { httpClient, runConcurrent, sdkClient, undiciClient } from './rest-clients.mjs'
import { sandboxFromEnv } from './lib.mjs'

const total = Number(process.env.BENCH_CALLS ?? 10_000)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16)
const { baseUrl } = sandboxFromEnv()
const sdk = await sdkClient(baseUrl)
const clients = {
  sdk: () => sdk.getQuote,
  // The client-side limiter on, with a bucket far above the run's rate (100,000 a second), so it never waits.
  'sdk-limiter': async () => (await sdkClient(baseUrl, { rateLimits: { quote: { limit: 100_000, windowMs: 1_000 } } })).getQuote,
  http: () => httpClient(baseUrl, sdk.session.jKey),
  undici: () => undiciClient(baseUrl, sdk.session.jKey),
}
const fn = await clients[process.argv[2]]()
await runConcurrent(fn, 1000, concurrency)
const ms = await runConcurrent(fn, total, concurrency)
process.stdout.write(`\n@@RESULT ${JSON.stringify({ perSecond: (total / ms) * 1000 })}\n`)
