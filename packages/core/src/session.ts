import { loadOnce } from './lazy.js'

/** A logged-in session. `jKey` is the `susertoken` from login: REST sends it as `jKey`, the WebSocket as `susertoken`. */
export interface Session {
  userId: string
  jKey: string
  userName?: string | undefined
  email?: string | undefined
  /** ISO time of the login. */
  createdAt: string
}

/** Where sessions live between calls and processes. Methods may be sync or async. */
export interface SessionStore {
  /** The stored session of a user, if any. */
  get(userId: string): Session | undefined | Promise<Session | undefined>
  /** Stores (replaces) the session of `session.userId`. */
  set(session: Session): void | Promise<void>
  /** Forgets the session of a user. */
  delete(userId: string): void | Promise<void>
}

/** The default store: sessions live as long as the process. */
export class MemorySessionStore implements SessionStore {
  readonly #sessions = new Map<string, Session>()
  /** The stored session of a user, if any. */
  get(userId: string): Session | undefined {
    return this.#sessions.get(userId)
  }
  /** Stores (replaces) the session of `session.userId`. */
  set(session: Session): void {
    this.#sessions.set(session.userId, session)
  }
  /** Forgets the session of a user. */
  delete(userId: string): void {
    this.#sessions.delete(userId)
  }
}

/** SHA-256 hex of a password, as later Firstock API generations (V4, V1) expect. V3 sends the password as given. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

// Loaded on first use: otpauth is ~18 ms of a cold start, and only a login from a TOTP secret needs it.
const loadOtpauth = loadOnce(() => import('otpauth'))

/**
 * The 6-digit TOTP for a base32 secret (RFC 6238, SHA-1, 30 s) at `timestamp` (default: now), via the `otpauth`
 * library. Async because otpauth is loaded on first use, keeping it out of the SDK's import time.
 * @example
 * ```ts
 * const code = await totpFromSecret('JBSWY3DPEHPK3PXP') // e.g. '492039'
 * ```
 */
export async function totpFromSecret(base32Secret: string, timestamp: number = Date.now()): Promise<string> {
  const { Secret, TOTP } = await loadOtpauth()
  const secret = Secret.fromBase32(base32Secret.replace(/\s+/g, '').toUpperCase())
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp })
}
