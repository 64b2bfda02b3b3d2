// Shared helpers for the benchmarks: the sandbox in its own process, statistics, result rows.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')
export const ROOT = join(BENCH_DIR, '..')
export const SANDBOX_BIN = join(ROOT, 'packages/sandbox/dist/bin.js')
/** The sandbox's control token: set once by run.mjs, inherited by the sandbox process and every benchmark. */
export const CONTROL_TOKEN = (process.env.FIRSTOCK_SANDBOX_TOKEN ||= randomUUID())

export const DEMO = {
  userId: 'DEMO01',
  password: 'demo-password',
  totpSecret: 'JBSWY3DPEHPK3PXP',
  apiKey: '5f4dcc3b5aa765d61d8327deb882cf99',
  vendorCode: 'DEMO01_API',
}

/**
 * Starts `firstock-sandbox` in its own process (rate limits off, always-open so the walk moves at any hour; Node's
 * http server keeps connections alive).
 * Resolves with its URLs once it printed them.
 */
export function startSandboxProcess({ tickMs = 0, tokensPerTick = 20, seed = 7 } = {}) {
  const child = spawn(
    process.execPath,
    [SANDBOX_BIN, '--port', '0', '--seed', String(seed), '--rate-limits', 'off', '--tick-ms', String(tickMs), '--tokens-per-tick', String(tokensPerTick), '--market-hours', 'always-open'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (chunk) => {
      out += chunk
      const rest = /REST base URL\s+(\S+)/.exec(out)
      const ws = /WebSocket\s+(\S+)/.exec(out)
      if (rest && ws) {
        child.stdout.off('data', onData)
        child.stdout.resume()
        const baseUrl = rest[1]
        resolve({
          baseUrl,
          wsUrl: ws[1],
          // The Developer API V1 side (`--api both`, the default): its REST base and socket V2.
          v1BaseUrl: /V1 base URL\s+(\S+)/.exec(out)?.[1],
          v1WsUrl: /V1 socket V2\s+(\S+)/.exec(out)?.[1],
          httpUrl: new URL(baseUrl).origin,
          pid: child.pid,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done()
              child.once('exit', () => done())
              child.kill('SIGTERM')
            }),
        })
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', onData)
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${out}`)))
  })
}

/** Values of the environment a benchmark child gets from run.mjs. */
export function sandboxFromEnv() {
  const baseUrl = process.env.BENCH_BASE_URL
  const wsUrl = process.env.BENCH_WS_URL
  if (!baseUrl || !wsUrl) throw new Error('run through bench/run.mjs (BENCH_BASE_URL / BENCH_WS_URL not set)')
  return { baseUrl, wsUrl, httpUrl: new URL(baseUrl).origin }
}

export function sorted(values) {
  return Float64Array.from(values).sort()
}
export function quantile(sortedValues, q) {
  const i = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil(q * sortedValues.length) - 1))
  return sortedValues[i]
}
export const median = (values) => quantile(sorted(values), 0.5)

/** A benchmark child reports its rows as the last line of stdout. */
export function report(rows) {
  process.stdout.write(`\n@@BENCH ${JSON.stringify(rows)}\n`)
}

/**
 * One printed row. `ratio` is figure ÷ baseline (or the figure itself for absolute targets); `target` is
 * `{ op: '<=' | '>=', value }`.
 */
export function row(name, { figure, baseline, ratio, target, note }) {
  const pass = target ? (target.op === '<=' ? ratio <= target.value : ratio >= target.value) : true
  return { name, figure, baseline, ratio, target: target ? `${target.op} ${target.value}` : '—', pass, note }
}

export const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : String(n))
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
