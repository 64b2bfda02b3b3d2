import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, test } from 'vitest'
import { failureToError } from './envelope.js'
import { ApiError, type FirstockError, isFirstockError, NetworkError, RateLimitError, SessionError } from './errors.js'
import { FIRSTOCK_ERROR_NAMES, type FirstockErrorName, handlingOf } from './errors-firstock.js'

const failure = (name: string, code = '400', field = 'x') => failureToError('someEndpoint', { status: 'Failed', code, name, error: { field, message: 'm' } })

describe('Firstock error names', () => {
  test('behavior: isFirstockError(err, name) is true only for an SDK error with that code', () => {
    const err: unknown = failure('ORDER_NOT_FOUND', '404', 'orderNumber')
    expect(isFirstockError(err, 'ORDER_NOT_FOUND')).toBe(true)
    expect(isFirstockError(err, 'INVALID_JKEY')).toBe(false)
    expect(isFirstockError(new NetworkError('m', { code: 'TIMEOUT' }), 'TIMEOUT')).toBe(true)
    expect(isFirstockError(Object.assign(new Error('m'), { code: 'ORDER_NOT_FOUND' }), 'ORDER_NOT_FOUND')).toBe(false)
    expect(isFirstockError({ code: 'ORDER_NOT_FOUND', endpoint: 'e', retryable: false }, 'ORDER_NOT_FOUND')).toBe(false)
    // A name the SDK does not know is still matched as given.
    expect(isFirstockError(failure('SOMETHING_NEW'), 'SOMETHING_NEW')).toBe(true)
  })

  test('types: the guard narrows to the code given; names are open to strings Firstock may add', () => {
    const err: unknown = failure('INVALID_JKEY', '401', 'jKey')
    if (isFirstockError(err, 'INVALID_JKEY')) expectTypeOf(err.code).toEqualTypeOf<'INVALID_JKEY'>()
    if (isFirstockError(err)) expectTypeOf(err).toEqualTypeOf<FirstockError>()
    expectTypeOf<'SESSION_EXPIRED'>().toExtend<FirstockErrorName>()
    expectTypeOf<'NOT_DOCUMENTED_YET'>().toExtend<FirstockErrorName>()
  })

  test('behavior: each known name becomes the class its handling says; an unknown name is a plain ApiError', () => {
    const classOf = { session: SessionError, 'rate-limit': RateLimitError, api: ApiError } as const
    for (const name of FIRSTOCK_ERROR_NAMES) {
      const error = failure(name)
      expect(error, name).toBeInstanceOf(classOf[handlingOf(name)])
      expect(error.code).toBe(name)
    }
    expect(failure('INVALID_JKEY', '401', 'jKey')).toBeInstanceOf(SessionError)
    expect(failure('TOO_MANY_REQUESTS', '429')).toBeInstanceOf(RateLimitError)
    const unknown = failure('SOMETHING_NEW')
    expect(unknown).toBeInstanceOf(ApiError)
    expect(unknown).not.toBeInstanceOf(SessionError)
    expect(handlingOf('toString')).toBe('api')
  })

  test('docs: the README error-name table lists exactly the known names, in order', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const section = /## Firstock's error names\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? ''
    const names = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]).slice(1) // the first row is the header
    expect(names).toEqual([...FIRSTOCK_ERROR_NAMES])
  })
})
