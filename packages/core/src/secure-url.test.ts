import { expect, test } from 'vitest'
import { ValidationError } from './errors.js'
import { checkSecureUrl, isLoopbackHost } from './secure-url.js'

const refusal = (raw: unknown, field = 'url') => {
  try {
    checkSecureUrl(raw, field, 'createStream')
  } catch (error) {
    return error as ValidationError
  }
  throw new Error(`accepted ${String(raw)}`)
}

test('behavior: https and wss anywhere, http and ws on loopback only', () => {
  for (const ok of [
    'https://api.example.com/api/V3/',
    'wss://norenapi.thefirstock.com/NorenWSTP/',
    'http://127.0.0.1:8765/api/V3/',
    'ws://127.0.0.1:8765/NorenWSTP/',
    'ws://localhost:1/',
    'ws://[::1]:9/',
    'ws://127.5.6.7/',
  ]) {
    expect(checkSecureUrl(ok, 'url', 'createStream').href).toBe(new URL(ok).href)
  }
})

test('error: ws or http off loopback is INSECURE_URL naming the field', () => {
  for (const raw of ['ws://norenapi.thefirstock.com:5810/NorenWSTP/', 'http://10.0.0.1/', 'ws://127.0.0.1.evil.com/', 'ws://localhost.evil.com/']) {
    const error = refusal(raw)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error).toMatchObject({ code: 'INSECURE_URL', field: 'url' })
    expect(error.message).toMatch(/^createStream: url must use (wss|https) unless it is a loopback host/)
  }
})

test('error: not a URL, or another scheme, is INVALID_INPUT naming the field', () => {
  for (const raw of ['norenapi.thefirstock.com', '', 'ftp://127.0.0.1/', 'file:///etc/passwd', 42, null, undefined]) {
    expect(refusal(raw, 'wsUrl')).toMatchObject({ code: 'INVALID_INPUT', field: 'wsUrl' })
  }
})

test('loopback: 127.0.0.0/8, localhost and ::1, nothing else', () => {
  expect(['127.0.0.1', '127.255.0.9', 'LOCALHOST', '[::1]'].every(isLoopbackHost)).toBe(true)
  expect(['128.0.0.1', '127.0.0.1.nip.io', 'localhost.com', '0.0.0.0', '10.0.0.1', '[::2]'].some(isLoopbackHost)).toBe(false)
})
