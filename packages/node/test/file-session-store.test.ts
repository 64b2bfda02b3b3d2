import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Sandbox } from '@firstock/sandbox'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { FileSessionStore } from '../src/index.js'
import { demoClient, sandbox } from './helpers.js'

let sb: Sandbox
let dir: string
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})
const tempDir = async () => (dir = await mkdtemp(join(tmpdir(), 'firstock-store-')))

test('FileSessionStore: 3 clients sharing a session folder, 30 concurrent logins, all succeed', async () => {
  const sessions = join(await tempDir(), 'sessions')
  const clients = [1, 2, 3].map(() => demoClient(sb, { sessionStore: new FileSessionStore({ dir: sessions }), rateLimits: false }))
  const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => clients[i % 3]!.login()))
  expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
  // One file, holding one of the sessions, and no temp file left behind.
  expect(await readdir(sessions)).toEqual(['DEMO01.json'])
  const stored = JSON.parse(await readFile(join(sessions, 'DEMO01.json'), 'utf8')) as { jKey: string }
  expect(results.map((r) => (r as PromiseFulfilledResult<{ jKey: string }>).value.jKey)).toContain(stored.jKey)
})

test('FileSessionStore: concurrent writes of one file from one store are serialised (the last one wins)', async () => {
  const store = new FileSessionStore({ dir: await tempDir() })
  const writes = Array.from({ length: 50 }, (_, i) => store.set({ userId: 'U1', jKey: `key-${i}-0123456789`, createdAt: new Date(0).toISOString() }))
  await Promise.all(writes)
  expect((await store.get('U1'))?.jKey).toBe('key-49-0123456789')
  expect(await readdir(dir)).toEqual(['U1.json'])
})

test.skipIf(process.platform === 'win32')('FileSessionStore: an existing folder open to other users (0755) is tightened to 0700 before a session is written', async () => {
  const sessions = join(await tempDir(), 'sessions')
  await mkdir(sessions, { mode: 0o755 })
  await chmod(sessions, 0o755)
  await new FileSessionStore({ dir: sessions }).set({ userId: 'U1', jKey: 'tighten-test-key-0123', createdAt: new Date(0).toISOString() })
  expect((await stat(sessions)).mode & 0o777).toBe(0o700)
  expect((await stat(join(sessions, 'U1.json'))).mode & 0o777).toBe(0o600)
})

test('FileSessionStore: get() never throws, as documented: unreadable, corrupt or foreign files read as no session', async () => {
  const folder = await tempDir()
  const store = new FileSessionStore({ dir: folder })
  await mkdir(join(folder, 'DIR1.json')) // EISDIR on read
  await expect(store.get('DIR1')).resolves.toBeUndefined()
  await expect(store.get('nobody')).resolves.toBeUndefined()
  await expect(new FileSessionStore({ dir: join(folder, 'missing', 'deeper') }).get('X')).resolves.toBeUndefined()
  await store.set({ userId: 'A1', jKey: 'get-test-key-0123456789', createdAt: new Date(0).toISOString() })
  await expect(store.get('A1')).resolves.toMatchObject({ userId: 'A1', jKey: 'get-test-key-0123456789' })
})
