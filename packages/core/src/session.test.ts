import { describe, expect, test, vi } from 'vitest'
import { failure, fakeClient, fakeTransport, JKEY, success } from '../test/fake.js'
import { endSession, startSession } from './auth.js'
import { MemorySessionStore, sha256Hex, totpFromSecret } from './session.js'

// RFC 6238 appendix B: the SHA-1 seed is ASCII "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('session helpers', () => {
  test('behavior: totpFromSecret matches the RFC 6238 SHA-1 vector (T = 59 s → 287082)', async () => {
    expect(await totpFromSecret(RFC_SECRET, 59_000)).toBe('287082')
  })

  test.each([
    [1_111_111_109_000, '081804'],
    [1_234_567_890_000, '005924'],
    [2_000_000_000_000, '279037'],
  ])('behavior: totpFromSecret at %i ms → %s (RFC 6238, last 6 digits)', async (timestamp, code) => {
    expect(await totpFromSecret(RFC_SECRET, timestamp)).toBe(code)
  })

  test('behavior: totpFromSecret tolerates spaces and lower case in the secret', async () => {
    expect(await totpFromSecret('gezd gnbv gy3t qojq gezd gnbv gy3t qojq', 59_000)).toBe('287082')
  })

  test('behavior: totpFromSecret uses the current time by default', async () => {
    expect(await totpFromSecret(RFC_SECRET)).toMatch(/^\d{6}$/)
  })

  test('behavior: sha256Hex of "abc" is the FIPS 180-2 digest', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

describe('MemorySessionStore', () => {
  test('behavior: get/set/delete by userId', () => {
    const store = new MemorySessionStore()
    expect(store.get('AB1234')).toBeUndefined()
    const session = { userId: 'AB1234', jKey: 'k'.repeat(64), createdAt: '2023-04-11T09:00:00.000Z' }
    store.set(session)
    expect(store.get('AB1234')).toEqual(session)
    expect(store.get('ZZ9999')).toBeUndefined()
    store.set({ ...session, jKey: 'n'.repeat(64) })
    expect(store.get('AB1234')?.jKey).toBe('n'.repeat(64))
    store.delete('AB1234')
    expect(store.get('AB1234')).toBeUndefined()
  })

  test('behavior: stores are independent', () => {
    const a = new MemorySessionStore()
    const b = new MemorySessionStore()
    a.set({ userId: 'AB1234', jKey: 'x'.repeat(64), createdAt: '' })
    expect(b.get('AB1234')).toBeUndefined()
  })
})

describe('startSession / endSession', () => {
  const credentials = { userId: 'AB1234', password: 'Trade@123', apiKey: '9f2b6c0d1e3a4b5c6d7e8f9012345678', vendorCode: 'AB1234_API' }
  const loggedIn = success({ actid: 'AB1234', userName: 'RAVI KUMAR', susertoken: JKEY, email: 'ravi.kumar@example.com' })

  test('behavior: login sends the V3 body (plain password, computed TOTP) and stores the session', async () => {
    const transport = fakeTransport(loggedIn)
    const client = fakeClient(transport)
    await client.sessions.delete('AB1234')
    const session = await startSession(client, { ...credentials, totpSecret: RFC_SECRET })
    expect(transport.requests[0]!.url).toBe(`${client.baseUrl}login`)
    const body = transport.requests[0]!.json
    expect(body).toEqual({ userId: 'AB1234', password: 'Trade@123', TOTP: expect.stringMatching(/^\d{6}$/), vendorCode: 'AB1234_API', apiKey: credentials.apiKey })
    expect(body).not.toHaveProperty('jKey')
    expect(session).toMatchObject({ userId: 'AB1234', jKey: JKEY, userName: 'RAVI KUMAR' })
    expect(await client.sessions.get('AB1234')).toEqual(session)
  })

  test('behavior: login takes a TOTP code or a function returning one', async () => {
    const transport = fakeTransport(loggedIn)
    const client = fakeClient(transport)
    await startSession(client, { ...credentials, totp: '123456' })
    await startSession(client, { ...credentials, totp: async () => '654321' })
    expect(transport.requests.map((r) => r.json.TOTP)).toEqual(['123456', '654321'])
  })

  test('error: login without any TOTP source says what to give', async () => {
    await expect(startSession(fakeClient(fakeTransport(loggedIn)), credentials)).rejects.toThrow(/totpSecret/)
  })

  test('behavior: logout ends the session at the server and forgets it locally, even when the server refuses', async () => {
    const transport = fakeTransport(success('Successfully logged out'))
    const client = fakeClient(transport)
    await endSession(client)
    expect(transport.requests[0]!.json).toEqual({ userId: 'AB1234', jKey: JKEY })
    expect(await client.sessions.get('AB1234')).toBeUndefined()
    const refusing = fakeClient(fakeTransport(success('x')), {})
    await refusing.sessions.set({ userId: 'AB1234', jKey: JKEY, createdAt: '' })
    const failing = fakeClient(fakeTransport(new Error('down')), { sessions: refusing.sessions, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } })
    await expect(endSession(failing)).rejects.toBeInstanceOf(Error)
    expect(await refusing.sessions.get('AB1234')).toBeUndefined()
  })

  test('behavior: logout of an expired session does not log in again just to log out', async () => {
    const transport = fakeTransport(failure('401', 'SESSION_EXPIRED', 'jKey', 'Session key has been expired'))
    const renewSession = vi.fn(async () => undefined)
    const client = fakeClient(transport, { renewSession })
    await expect(endSession(client)).rejects.toMatchObject({ name: 'SessionError' })
    expect(renewSession).not.toHaveBeenCalled()
    expect(transport.count).toBe(1)
    expect(await client.sessions.get('AB1234')).toBeUndefined()
  })
})

describe('root exports', () => {
  test('behavior: `login` and `logout` at the package root are the endpoint rows; the session functions have their own names', async () => {
    const core = await import('./index.js')
    expect(core.login).toBe(core.v3.endpoints.login)
    expect(core.logout).toBe(core.v3.endpoints.logout)
    expect(core.startSession).toBe(startSession)
    expect(core.endSession).toBe(endSession)
  })
})
