import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { registerSecret, type Session, type SessionStore } from '@firstock/core'

/**
 * The per-user config folder: XDG on Linux, Application Support on macOS, APPDATA on Windows.
 * @example
 * ```ts
 * defaultConfigDir() // e.g. '/home/me/.config/firstock'
 * ```
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'firstock')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'firstock')
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'firstock')
}

/**
 * Keeps one session file per user (`<dir>/sessions/<userId>.json`), written atomically (temp file + rename)
 * with mode 0600 in a 0700 folder. The default folder is the user's config dir, never the working directory.
 * `set` and `delete` reject with the file system's error (e.g. `EACCES`); `get` never throws.
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

  /** Reads the user's session file; `undefined` when there is none or it is unreadable. */
  async get(userId: string): Promise<Session | undefined> {
    let text: string
    try {
      text = await readFile(this.#file(userId), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    const session = parseSession(text)
    if (session?.userId !== userId) return undefined
    registerSecret(session.jKey)
    return session
  }

  /** Writes the session file atomically (temp file + rename) with mode 0600. */
  async set(session: Session): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const file = this.#file(session.userId)
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`
    try {
      await writeFile(temp, JSON.stringify(session), { mode: 0o600, flag: 'wx' })
      await rename(temp, file)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  }

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
