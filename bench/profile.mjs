#!/usr/bin/env node
// node bench/profile.mjs [--calls 10000] [--concurrency 16]: where the time of SDK REST calls goes.
// Runs `calls` getQuote through @firstock/node (built dist, its client-side limiter on with a bucket it never fills)
// against the sandbox in its own process, under `--cpu-prof`, then sums the profile's samples twice: by stage of a
// call (request validation, limiter, transport, envelope, response validation) and by who spent the self time (zod,
// undici, the SDK's packages, Node's internals, GC, idle). Also times node:http keep-alive and bare undici on the
// same sandbox in the same run, as the floors (three rounds taking turns, best of each).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BENCH_DIR, fmt, startSandboxProcess } from './src/lib.mjs'

// The SDK's functions that start a stage of a call (they run in the built dist, names kept by tsup).
const STAGES = {
  validateRequest: 'request validation (zod)',
  parseResponse: 'response validation (zod)',
  readEnvelope: 'envelope (JSON.parse, status)',
  acquire: 'limiter',
  pump: 'limiter',
  post: 'transport (SDK side)',
  readCapped: 'transport (SDK side)',
}
const TRANSPORT_OWNERS = new Set(['undici', 'node:internal/streams', 'node:net', 'node:internal/stream_base_commons', 'node:stream'])

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
  // Three rounds, the clients taking turns, best of each: a busy moment of the machine then hurts all of them alike.
  const best = {}
  for (let round = 0; round < 3; round++) {
    for (const kind of ['http', 'undici', 'sdk', 'sdk-limiter']) best[kind] = Math.max(best[kind] ?? 0, run(kind).perSecond)
  }
  const [floor, bare, plain, limited] = ['http', 'undici', 'sdk', 'sdk-limiter'].map((kind) => ({ perSecond: best[kind] }))
  run('sdk-limiter', ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100'])
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  console.log(`${values.calls} getQuote at concurrency ${values.concurrency}`)
  console.log(`  node:http keep-alive ${fmt(floor.perSecond, 0)}/s, bare undici request() ${fmt(bare.perSecond, 0)}/s (${fmt(bare.perSecond / floor.perSecond)}×)`)
  console.log(`  @firstock/node ${fmt(plain.perSecond, 0)}/s (${fmt(plain.perSecond / floor.perSecond)}× node:http), with its limiter on ${fmt(limited.perSecond, 0)}/s (${fmt(limited.perSecond / floor.perSecond)}×)`)
  for (const [title, shares] of [['by stage of a call', samplesBy(profile, stageOf)], ['self time by owner', samplesBy(profile, (node) => ownerOf(node.callFrame))]]) {
    console.log(`  CPU profile of the SDK run with its limiter, ${title} (${file}):`)
    for (const [owner, ms, share] of shares) console.log(`    ${owner.padEnd(36)} ${fmt(ms, 0).padStart(7)} ms  ${fmt(share * 100, 1).padStart(5)} %`)
  }
} finally {
  await sandbox.stop()
}

/** The samples of a V8 CPU profile summed by `keyOf(node, parentOf)`: [key, ms, share], largest first. */
function samplesBy(profile, keyOf) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n])))
  const totals = new Map()
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000
  for (const id of profile.samples) {
    const key = keyOf(byId.get(id), (node) => parents.get(node.id))
    totals.set(key, (totals.get(key) ?? 0) + interval)
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0)
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([key, ms]) => [key, ms, ms / all])
}

/** The stage a sample belongs to: the innermost SDK stage function on its stack, else what its leaf is. */
function stageOf(leaf, parentOf) {
  for (let node = leaf; node; node = parentOf(node)) {
    const { url, functionName } = node.callFrame
    if (STAGES[functionName] && /packages\/(core|node)\/dist/.test(url)) return STAGES[functionName]
  }
  const owner = ownerOf(leaf.callFrame)
  if (TRANSPORT_OWNERS.has(owner)) return 'transport (undici, sockets, streams)'
  if (owner === 'GC' || owner === 'V8 (idle)') return owner
  if (owner === '@firstock/core' || owner === '@firstock/node') return 'call() and the rest of the SDK'
  if (owner === 'zod') return 'zod, outside the two validations'
  return 'other (V8 builtins, Node internals, driver)'
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
