import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { registerSecret, type Session, type SessionStore } from '@firstock/core'
import { ensurePrivateDir, userDir, writeFileAtomic } from './files.js'

/**
 * The per-user config folder: XDG on Linux, Application Support on macOS, APPDATA on Windows.
 * @example
 * ```ts
 * defaultConfigDir() // e.g. '/home/me/.config/firstock'
 * ```
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return userDir('config', env, platform)
}

/**
 * Keeps one session file per user (`<dir>/sessions/<userId>.json`), written atomically (unique temp file + rename,
 * writes of one file serialised) with mode 0600 in a 0700 folder; an existing folder open to other users is
 * tightened to 0700 before a session is written. The default folder is the user's config dir, never the working
 * directory. `set` and `delete` reject with the file system's error (e.g. `EACCES`); `get` never throws: a missing,
 * unreadable or corrupt file reads as no session.
 * @example
 * ```ts
 * const firstock = createFirstock({ version: 'v3', userId, password, totpSecret, apiKey, vendorCode, sessionStore: new FileSessionStore() })
 * ```
 */
export class FileSessionStore implements SessionStore {
  readonly dir: string

  constructor(options: { dir?: string } = {}) {
    this.dir = options.dir ?? join(defaultConfigDir(), 'sessions')
  }

  /** Reads the user's session file; `undefined` when there is none, or it cannot be read or parsed. Never throws. */
  async get(userId: string): Promise<Session | undefined> {
    let text: string
    try {
      text = await readFile(this.#file(userId), 'utf8')
    } catch {
      // Missing, a folder, no permission: no usable session, so the client logs in again (and `set` reports why
      // the file cannot be written, if it cannot).
      return undefined
    }
    const session = parseSession(text)
    if (session?.userId !== userId) return undefined
    registerSecret(session.jKey)
    return session
  }

  /** Writes the session file atomically with mode 0600, in a folder only the user can open. */
  async set(session: Session): Promise<void> {
    // Queued at call time, so the folder check cannot reorder two writes: the last `set` is the one on disk.
    const write = this.#writes.then(async () => {
      await ensurePrivateDir(this.dir)
      await writeFileAtomic(this.#file(session.userId), JSON.stringify(session), { mode: 0o600 })
    })
    this.#writes = write.catch(() => undefined)
    return write
  }

  #writes: Promise<unknown> = Promise.resolve()

  /** Removes the user's session file, if any. */
  async delete(userId: string): Promise<void> {
    await rm(this.#file(userId), { force: true })
  }

  #file(userId: string): string {
    return join(this.dir, `${encodeURIComponent(userId)}.json`)
  }
}

function parseSession(text: string): Session | undefined {
  try {
    const value = JSON.parse(text) as Partial<Session>
    if (typeof value.userId === 'string' && typeof value.jKey === 'string' && typeof value.createdAt === 'string') {
      return value as Session
    }
  } catch {
    // A corrupt file is treated as no session: the next login replaces it.
  }
  return undefined
}
