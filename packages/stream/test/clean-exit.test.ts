import { spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { bundleForChild } from './bundle.js'
import { login, startTestSandbox, type Sandbox } from './sandbox.js'

// The child runs the stream from source (bundled once) against the sandbox over loopback.
let sb: Sandbox
let jKey: string
let userId: string
let script: string
beforeAll(async () => {
  sb = await startTestSandbox()
  ;({ jKey, userId } = await login(sb))
  script = await bundleForChild('./child-exit.ts', 'child-exit')
}, 60_000)
afterAll(() => sb.close())

function run(env: Record<string, string>, timeoutMs = 8_000) {
  return new Promise<{ code: number | null; out: string; timedOut: boolean }>((resolve) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve({ code: null, out, timedOut: true })
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, out, timedOut: false })
    })
  })
}

test('behavior: the process exits by itself after close()', async () => {
  const r = await run({ STREAM_URL: sb.wsUrl, STREAM_USER: userId, STREAM_JKEY: jKey, STREAM_TICKS: '5' })
  expect(r.timedOut).toBe(false)
  expect(r.code).toBe(0)
  expect(r.out).toContain('tick NSE|')
  expect(r.out).toContain('closed {"status":"closed"}')
}, 20_000)

test('behavior: close() during the reconnect loop lets the process exit', async () => {
  const r = await run({ STREAM_URL: 'ws://127.0.0.1:9/NorenWSTP/', STREAM_USER: 'AB1234', STREAM_JKEY: 'x-jkey-0123456789', STREAM_CLOSE_AFTER_MS: '300' })
  expect(r.timedOut).toBe(false)
  expect(r.code).toBe(0)
  expect(r.out).toContain('ended true')
}, 20_000)
