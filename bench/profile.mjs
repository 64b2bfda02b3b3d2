#!/usr/bin/env node
// node bench/profile.mjs [--calls 10000] [--concurrency 16]: where the time of SDK REST calls goes.
// Runs `calls` getQuote through @firstock/node (built dist) against the sandbox in its own process, under
// `--cpu-prof`, then sums the profile's self time by who spent it: zod, ky, undici, the SDK's own packages, Node's
// internals, GC and idle. Also times node:http keep-alive on the same sandbox in the same run, as the floor.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BENCH_DIR, fmt, startSandboxProcess } from './src/lib.mjs'

const { values } = parseArgs({ options: { calls: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '16' } } })
const sandbox = await startSandboxProcess()
const dir = mkdtempSync(join(tmpdir(), 'firstock-profile-'))
const env = { ...process.env, BENCH_BASE_URL: sandbox.baseUrl, BENCH_WS_URL: sandbox.wsUrl, BENCH_CALLS: values.calls, BENCH_CONCURRENCY: values.concurrency }

function run(kind, flags = []) {
  const res = spawnSync(process.execPath, [...flags, join(BENCH_DIR, 'src/profile-calls.mjs'), kind], { cwd: BENCH_DIR, env, encoding: 'utf8' })
  const line = res.stdout.split('\n').find((l) => l.startsWith('@@RESULT '))
  if (res.status !== 0 || !line) throw new Error(`profile-calls ${kind} failed (${res.status}): ${res.stderr.slice(-2000)}`)
  return JSON.parse(line.slice('@@RESULT '.length))
}

try {
  const floor = run('http')
  const bare = run('undici')
  const plain = run('sdk')
  run('sdk', ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100'])
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  const shares = selfTimeByOwner(JSON.parse(readFileSync(join(dir, file), 'utf8')))
  console.log(`${values.calls} getQuote at concurrency ${values.concurrency}`)
  console.log(`  node:http keep-alive ${fmt(floor.perSecond, 0)}/s, bare undici request() ${fmt(bare.perSecond, 0)}/s (${fmt(bare.perSecond / floor.perSecond)}×)`)
  console.log(`  @firstock/node ${fmt(plain.perSecond, 0)}/s (${fmt(plain.perSecond / floor.perSecond)}× node:http)`)
  console.log(`  CPU profile of the SDK run (self time, ${file}):`)
  for (const [owner, ms, share] of shares) console.log(`    ${owner.padEnd(28)} ${fmt(ms, 0).padStart(7)} ms  ${fmt(share * 100, 1).padStart(5)} %`)
} finally {
  await sandbox.stop()
}

/** Self time of a V8 CPU profile summed by the package or part of Node each sampled function belongs to. */
function selfTimeByOwner(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const totals = new Map()
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000
  for (const id of profile.samples) {
    const owner = ownerOf(byId.get(id).callFrame)
    totals.set(owner, (totals.get(owner) ?? 0) + interval)
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0)
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([owner, ms]) => [owner, ms, ms / all])
}

function ownerOf({ url, functionName }) {
  if (functionName === '(garbage collector)') return 'GC'
  if (functionName === '(idle)' || functionName === '(program)') return `V8 ${functionName}`
  if (!url) return functionName === '(root)' ? 'V8 (root)' : 'V8 builtins / native'
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]
  const own = /packages\/([^/]+)\/dist/.exec(url)
  if (own) return `@firstock/${own[1]}`
  // Node's bundled undici is what global fetch, Request, Response and Headers are made of.
  if (url.startsWith('node:internal/deps/undici')) return 'node fetch/Request/Headers'
  if (url.startsWith('node:internal/webstreams')) return 'node web streams'
  if (url.startsWith('node:internal/')) return `node:internal/${url.slice(14).split('/')[0]}`
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`
  if (url.includes('bench/src')) return 'benchmark driver'
  return 'other'
}
