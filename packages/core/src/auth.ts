import { call } from './call.js'
import type { CallOptions, Client } from './client.js'
import type { Endpoint } from './define-endpoint.js'
import { ValidationError } from './errors.js'
import { registerSecret } from './redact.js'
import { type Session, sha256Hex, totpFromSecret } from './session.js'

/** What login needs. Give `totpSecret` (base32, the SDK computes the code) or `totp` (a code, or a function returning one). */
export interface Credentials {
  userId: string
  password: string
  apiKey: string
  vendorCode: string
  totpSecret?: string | undefined
  /** A current TOTP code, or a function returning one (when you keep the secret elsewhere). */
  totp?: string | (() => string | Promise<string>) | undefined
}

/**
 * Registers every secret of a credential set so that no error or log line can carry it: the password, its SHA-256
 * hex (what later API generations send, in either case), the API key and the TOTP secret. The hash is computed
 * with Web Crypto, which is asynchronous: the returned promise resolves once it is registered (it never rejects).
 */
export function registerCredentials(credentials: Partial<Credentials>): Promise<void> {
  registerSecret(credentials.password)
  registerSecret(credentials.apiKey)
  registerSecret(credentials.totpSecret)
  if (typeof credentials.password !== 'string' || credentials.password === '') return Promise.resolve()
  return sha256Hex(credentials.password).then(
    (hex) => {
      registerSecret(hex)
      registerSecret(hex.toUpperCase())
    },
    () => undefined, // no Web Crypto: nothing can send the hash either
  )
}

/**
 * Logs in with the credentials (Firstock's `login` endpoint), stores the session in the client's store and returns it.
 * Named apart from the `login` endpoint row so each export means one thing.
 */
export async function startSession(client: Client, credentials: Credentials, options?: CallOptions): Promise<Session> {
  await registerCredentials(credentials)
  const TOTP = await currentTotp(credentials)
  // V1 takes the password's SHA-256 hex digest (docs/developer-api-protocol.md §1.1); V3 takes it as given.
  const password = client.registry.version === 'v1' ? await sha256Hex(credentials.password) : credentials.password
  registerSecret(password)
  const endpoint = client.registry.endpoints.login as Endpoint
  const data = (await call(
    client,
    endpoint,
    {
      userId: credentials.userId,
      password,
      TOTP,
      vendorCode: credentials.vendorCode,
      apiKey: credentials.apiKey,
    },
    options,
  )) as { susertoken: string; userName?: string; email?: string }
  registerSecret(data.susertoken)
  const session: Session = {
    userId: credentials.userId,
    jKey: data.susertoken,
    userName: data.userName,
    email: data.email,
    createdAt: new Date().toISOString(),
  }
  await client.sessions.set(session)
  return session
}

/** Ends the session at the server (Firstock's `logout` endpoint, when there is a session) and forgets it locally either way. */
export async function endSession(client: Client, options?: CallOptions): Promise<void> {
  const session = await client.sessions.get(client.userId)
  try {
    // Never renew the session just to end it: a dead session is what logout wants anyway.
    if (session) await call({ ...client, renewSession: undefined }, client.registry.endpoints.logout as Endpoint, {}, options)
  } finally {
    await client.sessions.delete(client.userId)
  }
}

async function currentTotp(credentials: Credentials): Promise<string> {
  if (typeof credentials.totp === 'function') return credentials.totp()
  if (typeof credentials.totp === 'string') return credentials.totp
  if (credentials.totpSecret) return totpFromSecret(credentials.totpSecret)
  throw new ValidationError('login: give totpSecret (base32) or totp (a 6-digit code or a function returning one)', {
    code: 'INVALID_INPUT',
    endpoint: 'login',
    field: 'totpSecret',
    direction: 'request',
  })
}
