import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import * as root from '../src/index.js'
import * as protocol from '../src/protocol.js'

// What only adapters need lives in `@firstock/core/protocol`; the root keeps what applications call.
const ADAPTER_ONLY = ['readEnvelope', 'failureToError', 'statusOf', 'decodeFrame', 'encodeTouchline', 'createMerger', 'checkDuration', 'parseDecimal', 'describeValue', 'backoffDelay', 'onAbort']

test('behavior: protocol internals are in @firstock/core/protocol and not at the root', () => {
  for (const name of ADAPTER_ONLY) {
    expect(name in protocol, `protocol exports ${name}`).toBe(true)
    expect(name in root, `root does not export ${name}`).toBe(false)
  }
  for (const name of ['call', 'startSession', 'placeOrder', 'ApiError', 'isFirstockError', 'fetchTransport', 'parseSymbolMaster']) {
    expect(name in root, `root exports ${name}`).toBe(true)
  }
})

// The test script runs after `build`: the built entries, both ways, share one copy of each class.
const cwd = fileURLToPath(new URL('..', import.meta.url))
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim()
const CHECK = "p.failureToError('x', { status: 'Failed', code: '400', name: 'X' }) instanceof c.ApiError"

test('behavior: the built protocol entry loads as ESM and its errors are the root classes', () => {
  const out = run(['--input-type=module', '-e', `const c = await import('@firstock/core'); const p = await import('@firstock/core/protocol'); console.log(${CHECK}, 'readEnvelope' in c)`])
  expect(out).toBe('true false')
})

test('behavior: the built protocol entry loads with require (CJS) and its errors are the root classes', () => {
  const out = run(['-e', `const c = require('@firstock/core'); const p = require('@firstock/core/protocol'); console.log(${CHECK}, 'readEnvelope' in c)`])
  expect(out).toBe('true false')
})
