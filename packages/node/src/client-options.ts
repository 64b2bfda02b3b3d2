// Checks of createFirstock()'s options: each bad value is a ValidationError naming the option, thrown before the
// client exists, never a raw TypeError later and never a call that hangs.
import { type ApiVersion, registries, ValidationError } from '@firstock/core'
import {
  checkCount,
  checkDuration,
  checkRateLimits,
  checkRetryOptions,
  invalidOption,
} from '@firstock/core/protocol'
import type { FirstockOptions } from './create-firstock.js'

const WHERE = 'createFirstock'

const STRINGS = ['baseUrl', 'wsUrl', 'symbolsUrl', 'password', 'apiKey', 'vendorCode', 'totpSecret'] as const
const FUNCTIONS = ['onSessionExpired', 'transport'] as const
const STORE_METHODS = ['get', 'set', 'delete'] as const

/** Throws a `ValidationError` (`INVALID_INPUT`, `field` = the option) for the first option that is not as documented. */
export function checkClientOptions(options: unknown): asserts options is FirstockOptions<ApiVersion> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidOption(WHERE, 'options', "an object such as { version: 'v3', userId: 'AB1234' }", options)
  }
  const o = options as Record<string, unknown>
  if (typeof o.version !== 'string' || !Object.hasOwn(registries, o.version)) {
    throw invalidOption(WHERE, 'version', `one of ${Object.keys(registries).join(', ')}`, o.version)
  }
  if (typeof o.userId !== 'string' || o.userId.trim() === '') {
    throw new ValidationError('createFirstock: userId is required', { code: 'INVALID_INPUT', field: 'userId', direction: 'request' })
  }
  for (const key of STRINGS) if (o[key] !== undefined && typeof o[key] !== 'string') throw invalidOption(WHERE, key, 'a string', o[key])
  for (const key of FUNCTIONS) if (o[key] !== undefined && typeof o[key] !== 'function') throw invalidOption(WHERE, key, 'a function', o[key])
  if (o.totp !== undefined && typeof o.totp !== 'string' && typeof o.totp !== 'function') {
    throw invalidOption(WHERE, 'totp', 'a code (string) or a function returning one', o.totp)
  }
  if (o.timeout !== undefined) checkDuration(WHERE, 'timeout', o.timeout, 1)
  if (o.retry !== undefined) checkRetryOptions(WHERE, o.retry)
  if (o.rateLimits !== undefined && o.rateLimits !== false) checkRateLimits(WHERE, o.rateLimits)
  if (o.maxResponseBytes !== undefined) checkCount(WHERE, 'maxResponseBytes', o.maxResponseBytes, 1024)
  checkSessionOptions(o)
  if (o.logger !== undefined && (o.logger === null || typeof o.logger !== 'object')) {
    throw invalidOption(WHERE, 'logger', 'an object with debug/info/warn/error methods', o.logger)
  }
}

function checkSessionOptions(o: Record<string, unknown>): void {
  const store = o.sessionStore as Record<string, unknown> | undefined
  if (store !== undefined && (store === null || typeof store !== 'object' || STORE_METHODS.some((m) => typeof store[m] !== 'function'))) {
    throw invalidOption(WHERE, 'sessionStore', 'an object with get, set and delete methods', store)
  }
  const session = o.session as Record<string, unknown> | undefined
  if (session !== undefined && (session === null || typeof session !== 'object' || typeof session.jKey !== 'string' || typeof session.userId !== 'string')) {
    // Never echo a session: it holds the session key.
    throw new ValidationError('createFirstock: session must be an object with userId and jKey strings', {
      code: 'INVALID_INPUT',
      field: 'session',
      direction: 'request',
    })
  }
}
