// The two file-system facts the session store and the symbol cache share: where a user's folders are, and how a
// file is replaced without a reader ever seeing half of it.
import { chmod, mkdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** `config` holds sessions (and the CLI's profiles); `cache` holds downloads that can be fetched again. */
export type UserDirKind = 'config' | 'cache'

/**
 * The per-user folder of a kind, ending in `firstock`: XDG on Linux, `~/Library/…` on macOS (where a set
 * `XDG_CACHE_HOME` still wins for the cache), `%APPDATA%` / `%LOCALAPPDATA%` on Windows. E.g. `userDir('config',
 * { XDG_CONFIG_HOME: '/x' }, 'linux')` is `/x/firstock`.
 */
export function userDir(kind: UserDirKind, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = () => homedir()
  if (platform === 'win32') {
    const base = kind === 'config' ? env.APPDATA || join(home(), 'AppData', 'Roaming') : env.LOCALAPPDATA || join(home(), 'AppData', 'Local')
    return join(base, 'firstock')
  }
  const xdg = kind === 'config' ? env.XDG_CONFIG_HOME : env.XDG_CACHE_HOME
  if (platform === 'darwin') {
    if (kind === 'cache' && xdg) return join(xdg, 'firstock')
    return join(home(), 'Library', kind === 'config' ? 'Application Support' : 'Caches', 'firstock')
  }
  return join(xdg || join(home(), kind === 'config' ? '.config' : '.cache'), 'firstock')
}

/**
 * Creates `dir` (and its parents) if needed, and makes sure only the user can open it: an existing folder with a
 * looser mode than 0700 is tightened to 0700. Rejects with a clear error if it cannot be.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  if (process.platform === 'win32') return // modes mean nothing there; the profile folder is private already
  const { mode } = await stat(dir)
  if ((mode & 0o077) === 0) return
  try {
    await chmod(dir, 0o700)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw Object.assign(
      new Error(`${dir} is open to other users (mode ${(mode & 0o777).toString(8)}) and could not be made private (0700): ${code ?? error}`),
      { code },
    )
  }
}

export interface AtomicWriteOptions {
  /** File mode of a new file, e.g. 0o600. */
  mode?: number
  /** Sets the file's modification time (the symbol cache records when a file was fetched in it). */
  mtime?: Date
}

/** The last write queued per file, so writes of one file in this process land in the order they were made. */
const queues = new Map<string, Promise<unknown>>()

/**
 * Replaces `path` with `text` atomically: a uniquely named temp file beside it, then a rename, so a reader (in this
 * or another process) sees the old file or the new one, never half of one. Writes of the same file from this
 * process are serialised. The folder must exist.
 */
export function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const key = resolve(path)
  const previous = queues.get(key) ?? Promise.resolve()
  const write = previous.then(() => replace(key, text, options))
  const settled = write.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => queues.get(key) === settled && queues.delete(key))
  return write
}

async function replace(path: string, text: string, options: AtomicWriteOptions): Promise<void> {
  // Web Crypto rather than node:crypto, which would add ~10 ms to every import of the package.
  const temp = `${path}.${process.pid}.${globalThis.crypto.randomUUID()}.tmp`
  try {
    await writeFile(temp, text, { flag: 'wx', ...(options.mode === undefined ? {} : { mode: options.mode }) })
    if (options.mtime) await utimes(temp, options.mtime, options.mtime)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
