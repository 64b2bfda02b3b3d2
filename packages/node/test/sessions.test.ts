import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { FileSessionStore, MemorySessionStore, SessionError, ValidationError, defaultConfigDir } from '../src/index.js'
import { countRequests, demoClient, sandbox } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())

describe('login', () => {
  test('behavior: login computes the TOTP from the secret and stores the session', async () => {
    const store = new MemorySessionStore()
    const firstock = demoClient(sb, { sessionStore: store })
    const session = await firstock.login()
    expect(session.jKey).toMatch(/^[0-9a-f]{64}$/)
    expect(store.get(session.userId)?.jKey).toBe(session.jKey)
    const details = await firstock.userDetails()
    expect(details.actid).toBe(session.userId)
  })

  test('behavior: the first call logs in lazily when credentials are configured', async () => {
    const firstock = demoClient(sb)
    const before = countRequests(sb, 'login')
    await firstock.limit()
    expect(countRequests(sb, 'login')).toBe(before + 1)
  })

  test('error: login without credentials names the missing field and sends nothing', async () => {
    const firstock = demoClient(sb, { password: undefined })
    const before = sb.requests.length
    const error = await firstock.login().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).field).toBe('password')
    expect(sb.requests.length).toBe(before)
  })

  test('error: a wrong password is an ApiError naming the field, not a SessionError', async () => {
    const firstock = demoClient(sb, { password: 'wrong-password' })
    const error = await firstock.login().catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'INVALID_PASSWORD', field: 'password' })
    expect(error).not.toBeInstanceOf(SessionError)
  })
})

describe('re-login', () => {
  test('behavior: an expired session triggers one shared re-login and replays safe reads', async () => {
    const firstock = demoClient(sb)
    await firstock.login()
    sb.expireSession(firstock.userId)
    const logins = countRequests(sb, 'login')
    const results = await Promise.all(Array.from({ length: 5 }, () => firstock.limit()))
    expect(results).toHaveLength(5)
    expect(countRequests(sb, 'login')).toBe(logins + 1)
  })

  test('behavior: placeOrder surfaces SessionError and is never replayed', async () => {
    const firstock = demoClient(sb)
    await firstock.login()
    sb.expireSession(firstock.userId)
    const placed = countRequests(sb, 'placeOrder')
    const error = await firstock
      .placeOrder({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionError)
    expect(countRequests(sb, 'placeOrder')).toBe(placed + 1)
  })

  test('behavior: onSessionExpired supplies a session when no credentials are configured', async () => {
    const loggedIn = demoClient(sb)
    const fresh = await loggedIn.login()
    const store = new MemorySessionStore()
    store.set({ ...fresh, jKey: 'f'.repeat(64) })
    let asked = 0
    const firstock = demoClient(sb, {
      password: undefined,
      sessionStore: store,
      onSessionExpired: () => {
        asked++
        return fresh
      },
    })
    const limits = await firstock.limit()
    expect(limits).toBeTypeOf('object')
    expect(asked).toBe(1)
  })

  test('error: without credentials or hook an expired session is a SessionError', async () => {
    const store = new MemorySessionStore()
    store.set({ userId: 'DEMO01', jKey: 'e'.repeat(64), createdAt: new Date().toISOString() })
    const firstock = demoClient(sb, { password: undefined, sessionStore: store })
    await expect(firstock.limit()).rejects.toBeInstanceOf(SessionError)
  })
})

describe('FileSessionStore', () => {
  test('behavior: writes one 0600 file per user atomically and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'firstock-sessions-'))
    try {
      const store = new FileSessionStore({ dir: join(dir, 'sessions') })
      const firstock = demoClient(sb, { sessionStore: store })
      const session = await firstock.login()
      const files = await readdir(join(dir, 'sessions'))
      expect(files).toEqual([`${session.userId}.json`])
      const file = join(dir, 'sessions', files[0]!)
      expect((await stat(file)).mode & 0o777).toBe(0o600)
      expect((await stat(join(dir, 'sessions'))).mode & 0o777).toBe(0o700)
      expect(JSON.parse(await readFile(file, 'utf8')).jKey).toBe(session.jKey)
      // A second process reuses the stored session without logging in again.
      const logins = countRequests(sb, 'login')
      await demoClient(sb, { sessionStore: new FileSessionStore({ dir: join(dir, 'sessions') }) }).limit()
      expect(countRequests(sb, 'login')).toBe(logins)
      await store.delete(session.userId)
      expect(await store.get(session.userId)).toBeUndefined()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('behavior: a corrupt session file reads as no session', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'firstock-sessions-'))
    try {
      await writeFile(join(dir, 'X1.json'), '{not json')
      expect(await new FileSessionStore({ dir }).get('X1')).toBeUndefined()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('behavior: the default folder is the user config dir, never the working directory', () => {
    expect(defaultConfigDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe('/x/config/firstock')
    expect(new FileSessionStore().dir.startsWith(process.cwd())).toBe(false)
  })
})
