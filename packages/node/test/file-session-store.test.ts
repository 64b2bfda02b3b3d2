import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
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

test('FileSessionStore: a session file that is there but unusable reads as no session and warns through the logger', async () => {
  const folder = await tempDir()
  const warnings: { details: Record<string, unknown>; message: string | undefined }[] = []
  const logger = { warn: (details: object, message?: string) => warnings.push({ details: details as Record<string, unknown>, message }) }
  const store = new FileSessionStore({ dir: folder, logger })
  await mkdir(join(folder, 'DIR1.json')) // EISDIR on read
  await writeFile(join(folder, 'BAD1.json'), '{"userId":"BAD1","jKey":') // cut short
  await writeFile(join(folder, 'OTHER1.json'), JSON.stringify({ userId: 'SOMEONE', jKey: 'k', createdAt: 'x' }))
  for (const userId of ['DIR1', 'BAD1', 'OTHER1']) await expect(store.get(userId)).resolves.toBeUndefined()
  expect(warnings.map((w) => w.details.file)).toEqual(['DIR1', 'BAD1', 'OTHER1'].map((u) => join(folder, `${u}.json`)))
  expect(warnings[0]!.details.code).toBe('EISDIR')
  for (const w of warnings) expect(w.message).toMatch(/session file .* (cannot be read|is not a session) .*log in again/)
  // No file is the ordinary case: no warning.
  await expect(store.get('nobody')).resolves.toBeUndefined()
  expect(warnings).toHaveLength(3)
})

test('FileSessionStore: get() of a user id that cannot name a file resolves to no session, never throws', async () => {
  const store = new FileSessionStore({ dir: await tempDir() })
  await expect(store.get('bad\uD800id')).resolves.toBeUndefined()
  await expect(store.delete('bad\uD800id')).rejects.toThrow(/userId/)
})
