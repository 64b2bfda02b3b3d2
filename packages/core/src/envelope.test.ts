import { describe, expect, test } from 'vitest'
import { v3Endpoints } from './endpoints/v3/index.js'
import { readEnvelope, retryAfterMs, statusOf } from './envelope.js'
import { ApiError, NetworkError, RateLimitError, SessionError } from './errors.js'

const { getQuoteLtp, searchScrips, indexList, multiPlaceOrders, logout } = v3Endpoints
const answer = (text: string, status = 200, retryAfter?: string) => ({ status, text, ...(retryAfter ? { retryAfter } : {}) })
const body = (value: unknown, status = 200) => answer(JSON.stringify(value), status)

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('readEnvelope', () => {
  test.each(['Success', 'success', 'SUCCESS'])('behavior: status "%s" is a success (case-insensitive)', (status) => {
    expect(readEnvelope(getQuoteLtp, body({ status, data: { token: '26000' } }))).toEqual({ token: '26000' })
  })

  test('behavior: the pre-2023 `Status` key is read too', () => {
    expect(readEnvelope(logout, body({ Status: 'Success', data: 'Successfully logged out' }))).toBe('Successfully logged out')
    const err = thrown(() =>
      readEnvelope(logout, body({ Status: 'Failed', code: '401', name: 'INVALID_JKEY', error: { field: 'jKey', message: 'jKey parameter is invalid' } })),
    )
    expect(err).toBeInstanceOf(SessionError)
  })

  test.each(['Failed', 'failed', 'FAILED'])('behavior: status "%s" is a failure (case-insensitive)', (status) => {
    const err = thrown(() =>
      readEnvelope(getQuoteLtp, body({ status, code: '400', name: 'EXCHANGE/TOKEN', error: { field: 'exchange/token', message: 'Invalid Exchange/Token' } }, 400)),
    )
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'EXCHANGE/TOKEN', field: 'exchange/token', apiCode: '400', httpStatus: 400, endpoint: 'getQuoteLtp' })
  })

  test('behavior: a success body wins over an HTTP error status', () => {
    expect(readEnvelope(getQuoteLtp, body({ status: 'Success', data: { lastTradedPrice: '1' } }, 500))).toEqual({ lastTradedPrice: '1' })
  })

  test('error: HTTP 500 carrying code "401" INVALID_JKEY → SessionError (the body wins)', () => {
    const err = thrown(() =>
      readEnvelope(getQuoteLtp, body({ status: 'Failed', code: '401', name: 'INVALID_JKEY', error: { field: 'jKey', message: 'jKey parameter is invalid' } }, 500)),
    )
    expect(err).toBeInstanceOf(SessionError)
    expect(err).toMatchObject({ httpStatus: 500, apiCode: '401', retryable: false })
  })

  test('error: API_RATE_LIMIT → RateLimitError with Retry-After in ms', () => {
    const text = JSON.stringify({ status: 'Failed', code: '429', name: 'API_RATE_LIMIT', error: { field: '', message: 'Too many requests' } })
    const err = thrown(() => readEnvelope(getQuoteLtp, answer(text, 429, '2')))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ retryAfterMs: 2000, retryable: true })
  })

  test('error: HTML body → NetworkError with httpStatus and a short excerpt, never SyntaxError', () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`
    const err = thrown(() => readEnvelope(getQuoteLtp, answer(html, 502)))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).not.toBeInstanceOf(SyntaxError)
    const network = err as NetworkError
    expect(network.code).toBe('BAD_RESPONSE')
    expect(network.httpStatus).toBe(502)
    expect(network.bodyExcerpt).toContain('502 Bad Gateway')
    expect(network.bodyExcerpt!.length).toBeLessThanOrEqual(201)
    expect(network.message).toContain('getQuoteLtp')
    expect(network.message).toContain('HTTP 502')
    expect(network.cause).toBeInstanceOf(SyntaxError)
  })

  test('error: truncated JSON → NetworkError, not SyntaxError', () => {
    const err = thrown(() => readEnvelope(getQuoteLtp, answer('{"status":"Success","data":{"lastTra', 200)))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ httpStatus: 200, bodyExcerpt: '{"status":"Success","data":{"lastTra' })
  })

  test('error: an empty body → NetworkError', () => {
    expect(thrown(() => readEnvelope(getQuoteLtp, answer('', 504)))).toMatchObject({ name: 'NetworkError', httpStatus: 504, bodyExcerpt: '(empty body)' })
  })

  test.each([
    ['an object without status', { message: 'Internal Server Error' }],
    ['an unknown status', { status: 'Pending', data: {} }],
    ['a JSON string', 'ok'],
    ['null', null],
    ['an array for a non-list endpoint', [{ status: 'Success', data: {} }]],
  ])('error: non-envelope JSON (%s) → NetworkError', (_, value) => {
    const err = thrown(() => readEnvelope(getQuoteLtp, body(value, 500)))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'BAD_RESPONSE', httpStatus: 500, endpoint: 'getQuoteLtp' })
  })

  test('behavior: searchScrips reads the top-level `values`, and `data.values` as a fallback', () => {
    const list = [{ token: '1660' }]
    expect(readEnvelope(searchScrips, body({ status: 'Success', values: list }))).toEqual(list)
    expect(readEnvelope(searchScrips, body({ status: 'Success', data: { values: list } }))).toEqual(list)
  })

  test('behavior: indexList keeps `data` whole (the list sits at data.values)', () => {
    const data = { requestTime: 't', values: [{ idxname: 'Nifty 50', token: '26000' }] }
    expect(readEnvelope(indexList, body({ status: 'Success', data }))).toEqual(data)
  })

  test('behavior: list endpoints return the top-level array of per-order envelopes; an envelope failure still maps', () => {
    const legs = [{ status: 'Success', data: { orderNumber: '1' } }, { status: 'Failed', code: '400', name: 'X', error: {} }]
    expect(readEnvelope(multiPlaceOrders, body(legs))).toEqual(legs)
    const err = thrown(() =>
      readEnvelope(multiPlaceOrders, body({ status: 'Failed', code: '401', name: 'INVALID_JKEY', error: { field: 'jKey', message: 'jKey parameter is invalid' } }, 401)),
    )
    expect(err).toBeInstanceOf(SessionError)
  })

  test('behavior: a failure body without name/error still maps to ApiError', () => {
    const err = thrown(() => readEnvelope(getQuoteLtp, body({ status: 'Failed', code: '500' }, 500)))
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'UNKNOWN_ERROR', apiCode: '500', retryable: true })
  })
})

describe('statusOf / retryAfterMs', () => {
  test('behavior: statusOf reads only envelopes', () => {
    expect(statusOf({ status: 'Success' })).toBe('success')
    expect(statusOf({ Status: 'failed' })).toBe('failed')
    expect(statusOf([])).toBeUndefined()
    expect(statusOf({ status: 1 })).toBeUndefined()
  })

  test('behavior: Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs('1.5')).toBe(1500)
    expect(retryAfterMs(undefined)).toBeUndefined()
    expect(retryAfterMs('soon')).toBeUndefined()
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString()
    expect(retryAfterMs(inTwoSeconds)).toBeGreaterThan(0)
    expect(retryAfterMs(inTwoSeconds)).toBeLessThanOrEqual(2000)
  })
})
