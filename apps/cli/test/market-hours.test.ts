import { expect, test } from 'vitest'
import { cleanEnv, runCli } from './helpers.js'

// The demo's sandbox is always-open by default (usable at any hour) and says so; --market-hours real switches it.

test('behavior: demo says which market-hours mode is on; an unknown mode is a usage error', async () => {
  const open = await runCli(['demo', '--for', '200ms'], { env: cleanEnv() })
  expect(open.code).toBe(0)
  expect(open.stdout).toMatch(/market hours: always-open/)
  const real = await runCli(['demo', '--for', '200ms', '--market-hours', 'real', '--now', '2026-12-01T10:00'], { env: cleanEnv() })
  expect(real.code).toBe(0)
  expect(real.stdout).toMatch(/market hours: real/)
  const bad = await runCli(['demo', '--market-hours', 'sometimes'], { env: cleanEnv() })
  expect(bad.code).toBe(2)
  expect(bad.stderr).toMatch(/--market-hours: expected always-open or real/)
})
