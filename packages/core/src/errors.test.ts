import { inspect } from 'node:util'
import { describe, expect, test } from 'vitest'
import {
  ApiError,
  FirstockError,
  isFirstockError,
  NetworkError,
  OrderOutcomeUnknownError,
  RateLimitError,
  SessionError,
  ValidationError,
} from './errors.js'
import { REDACTED, redact, registerSecret, scrub } from './redact.js'

const PASSWORD = 'Hunter2-Trade@123'
const JKEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9ff'
const API_KEY = '9f2b6c0d1e3a4b5c6d7e8f9012345678'
registerSecret(PASSWORD)
registerSecret(JKEY)
registerSecret(API_KEY)

/** Every way an error reaches a log line. */
function renderings(error: Error): string[] {
  return [error.message, String(error), JSON.stringify(error), inspect(error), inspect({ wrapped: error }, { depth: 5 }), error.stack ?? '']
}

function expectNoSecrets(error: Error) {
  for (const text of renderings(error)) {
    expect(text).not.toContain(PASSWORD)
    expect(text).not.toContain(JKEY)
    expect(text).not.toContain(API_KEY)
  }
}

describe('errors', () => {
  test('behavior: the hierarchy is as documented', () => {
    const api = new ApiError('m', { code: 'X', httpStatus: 400 })
    expect(api).toBeInstanceOf(FirstockError)
    expect(api).toBeInstanceOf(Error)
    expect(new SessionError('m', { code: 'INVALID_JKEY', httpStatus: 401 })).toBeInstanceOf(ApiError)
    expect(new RateLimitError('m', { code: 'API_RATE_LIMIT', httpStatus: 429 })).toBeInstanceOf(ApiError)
    const unknown = new OrderOutcomeUnknownError('m', { code: 'ORDER_OUTCOME_UNKNOWN', request: {} })
    expect(unknown).toBeInstanceOf(NetworkError)
    expect(unknown.retryable).toBe(false)
    expect(new ValidationError('m', { code: 'INVALID_INPUT', direction: 'request' })).toBeInstanceOf(FirstockError)
    expect(new NetworkError('m', { code: 'TIMEOUT' }).name).toBe('NetworkError')
    expect(String(new SessionError('m', { code: 'INVALID_JKEY', httpStatus: 401 }))).toBe('SessionError: m')
  })

  test('behavior: isFirstockError works across realms (duck-typed) and rejects plain errors', () => {
    expect(isFirstockError(new NetworkError('m', { code: 'TIMEOUT' }))).toBe(true)
    const foreign = Object.assign(new Error('m'), { code: 'TIMEOUT', endpoint: 'getQuote', retryable: true })
    expect(isFirstockError(foreign)).toBe(true)
    expect(isFirstockError(new Error('m'))).toBe(false)
    expect(isFirstockError({ code: 'X', endpoint: 'e', retryable: true })).toBe(false)
  })

  test('behavior: cause is kept', () => {
    const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const err = new NetworkError('placeOrder: network error', { code: 'NETWORK_ERROR', cause })
    expect(err.cause).toBe(cause)
    expect(JSON.parse(JSON.stringify(err)).cause).toEqual({ name: 'Error', message: 'socket hang up' })
  })

  test('behavior: registered secrets never appear in message, String(err), JSON.stringify(err) or util.inspect(err)', () => {
    const errors: Error[] = [
      new ApiError(`login: password ${PASSWORD} rejected for jKey ${JKEY}`, { code: 'INVALID_PASSWORD', httpStatus: 401, field: 'password' }),
      new NetworkError(`getQuote: HTTP 502: ${API_KEY}`, { code: 'BAD_RESPONSE', bodyExcerpt: `<html>${JKEY}</html>` }),
      new SessionError(`x ${JKEY}`, { code: 'INVALID_JKEY', httpStatus: 401, cause: new Error(`inner ${PASSWORD}`) }),
      new ValidationError('getQuote: bad answer', { code: 'INVALID_RESPONSE', direction: 'response', data: { susertoken: JKEY, note: `k=${API_KEY}` } }),
      new OrderOutcomeUnknownError(`placeOrder: no verdict for ${JKEY}`, {
        code: 'ORDER_OUTCOME_UNKNOWN',
        request: { userId: 'AB1234', jKey: JKEY, password: PASSWORD, remarks: 'fs-tag', nested: [{ apiKey: API_KEY }] },
        tag: 'fs-tag',
      }),
    ]
    for (const error of errors) expectNoSecrets(error)
    expect((errors[1] as NetworkError).bodyExcerpt).toBe(`<html>${REDACTED}</html>`)
  })

  test('behavior: OrderOutcomeUnknownError.request has jKey/password redacted and keeps the rest', () => {
    const request = { userId: 'AB1234', jKey: 'not-registered-key-0001', password: 'not-registered-pw', remarks: 'fs-tag', quantity: '1' }
    const err = new OrderOutcomeUnknownError('placeOrder: no verdict', { code: 'ORDER_OUTCOME_UNKNOWN', request, tag: 'fs-tag' })
    expect(err.request).toEqual({ userId: 'AB1234', jKey: REDACTED, password: REDACTED, remarks: 'fs-tag', quantity: '1' })
    expect(request.jKey).toBe('not-registered-key-0001') // the caller's object is not mutated
    expect(err.tag).toBe('fs-tag')
    expect(JSON.stringify(err)).not.toContain('not-registered')
    expect(inspect(err)).not.toContain('not-registered')
  })

  test('behavior: JSON.stringify keeps the useful fields', () => {
    const err = new ApiError('placeOrder: priceType cannot be undefined or NULL', { code: 'BAD_REQUEST', endpoint: 'placeOrder', field: 'priceType', apiCode: '400', httpStatus: 400 })
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      name: 'ApiError',
      message: 'placeOrder: priceType cannot be undefined or NULL',
      code: 'BAD_REQUEST',
      endpoint: 'placeOrder',
      field: 'priceType',
      apiCode: '400',
      httpStatus: 400,
      retryable: false,
    })
    expect(inspect(err)).toContain('BAD_REQUEST')
  })
})

describe('redact', () => {
  test('behavior: secret keys are redacted at any depth, case-insensitively', () => {
    const deep: Record<string, unknown> = { jKey: 'x' }
    let nested: Record<string, unknown> = deep
    for (let i = 0; i < 20; i++) nested = { level: nested }
    const out = JSON.stringify(redact({ a: nested, PASSWORD: 'p', apiKey: 'k', TOTP: '123456', totpSecret: 's', list: [{ susertoken: 't' }] }))
    expect(out).not.toMatch(/"(jKey|PASSWORD|apiKey|TOTP|totpSecret|susertoken)":"(?!\[REDACTED\])/)
    expect(out).not.toContain('"x"')
  })

  test('behavior: a secret that contains another registered secret is still fully scrubbed', () => {
    const short = 'Zq9-short-secret'
    const long = `prefix-${short}-suffix-Zq9`
    registerSecret(short)
    registerSecret(long)
    expect(scrub(`token=${long}`)).toBe(`token=${REDACTED}`)
  })

  test('behavior: very short values are not registered (they would scrub ordinary words)', () => {
    registerSecret('abc')
    expect(scrub('abc')).toBe('abc')
  })

  test('behavior: cyclic values do not hang', () => {
    const cyclic: Record<string, unknown> = { jKey: 'x' }
    cyclic.self = cyclic
    expect(() => redact(cyclic)).not.toThrow()
  })
})
