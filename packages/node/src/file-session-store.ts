import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { type Logger, registerSecret, type Session, type SessionStore, ValidationError } from '@firstock/core'
import { describeValue } from '@firstock/core/protocol'
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
 * unreadable or corrupt file reads as no session, so the client logs in again. A file that is there but cannot be
 * used (unreadable, corrupt, or another user's) is also reported through `logger.warn`, with the file's path.
 * @example
 * ```ts
 * const firstock = createFirstock({ version: 'v3', userId, password, totpSecret, apiKey, vendorCode, sessionStore: new FileSessionStore() })
 * ```
 */
export class FileSessionStore implements SessionStore {
  readonly dir: string
  readonly #logger: Logger | undefined

  /**
   * @param options - `dir`: the sessions folder (default: `sessions` in the user's config folder); `logger`: told
   * (`warn`) when a session file is there but cannot be used.
   */
  constructor(options: { dir?: string; logger?: Logger } = {}) {
    this.dir = options.dir ?? join(defaultConfigDir(), 'sessions')
    this.#logger = options.logger
  }

  /**
   * Reads the user's session file; `undefined` when there is none, or it cannot be read or parsed (then
   * `logger.warn` says why). Never throws.
   */
  async get(userId: string): Promise<Session | undefined> {
    let file: string
    let text: string
    try {
      file = this.#file(userId)
    } catch {
      return undefined // no file can have this name, so there is no session to read
    }
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      // Missing, a folder, no permission: no usable session, so the client logs in again (and `set` reports why
      // the file cannot be written, if it cannot).
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT') this.#warn(file, 'cannot be read', code)
      return undefined
    }
    const session = parseSession(text)
    if (session?.userId !== userId) {
      this.#warn(file, `is not a session of ${describeValue(userId)}`)
      return undefined
    }
    registerSecret(session.jKey)
    return session
  }

  #warn(file: string, problem: string, code?: string): void {
    try {
      this.#logger?.warn?.({ file, code }, `FileSessionStore: the session file ${file} ${problem}${code ? ` (${code})` : ''}; it reads as no session, so the client will log in again`)
    } catch {
      // A logger that throws must not turn a read into a failure.
    }
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
    try {
      return join(this.dir, `${encodeURIComponent(userId)}.json`)
    } catch {
      throw new ValidationError(`FileSessionStore: userId must be text without unpaired surrogates (got ${describeValue(userId)})`, {
        code: 'INVALID_INPUT', field: 'userId', direction: 'request',
      })
    }
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
