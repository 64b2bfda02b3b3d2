import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultConfigDir, type Firstock } from '@firstock/node'
import { UsageError } from './errors.js'
import type { Output } from './output.js'

/** Flags every command accepts (see `firstock --help`). */
export interface GlobalOptions {
  json?: boolean
  debug?: boolean
  /** Force the sandbox even when credentials are configured. */
  sandbox?: boolean
  /** A sandbox started elsewhere, e.g. by `firstock sandbox` (http://127.0.0.1:PORT). */
  sandboxUrl?: string
  profile?: string
  yes?: boolean
  /** The simulated market's clock for a sandbox this command starts (ISO-8601; without a zone, IST). */
  now?: string
  /** The API generation: `v3` or `v1` (default: $FIRSTOCK_API, the profile's `api`, then `v3`). */
  api?: string
}

/** The API generations the CLI speaks. */
export const API_VERSIONS = ['v3', 'v1'] as const
export type CliApiVersion = (typeof API_VERSIONS)[number]

/** `--api`, else $FIRSTOCK_API, else the profile's `api`, else `v3`; anything else is a usage error. */
export function apiVersionOf(opts: GlobalOptions, env: NodeJS.ProcessEnv, profileApi?: string): CliApiVersion {
  const [given, from] =
    opts.api !== undefined ? [opts.api, '--api'] : env.FIRSTOCK_API ? [env.FIRSTOCK_API, 'FIRSTOCK_API'] : profileApi !== undefined ? [profileApi, 'the profile\'s "api"'] : ['v3', '']
  const version = given.trim().toLowerCase()
  if ((API_VERSIONS as readonly string[]).includes(version)) return version as CliApiVersion
  throw new UsageError(`${from} must be v3 or v1 (got ${JSON.stringify(given)})`, { code: 'INVALID_INPUT', field: 'api' })
}

export interface Context {
  readonly opts: GlobalOptions
  readonly out: Output
  /** Aborted by Ctrl-C: live commands stop and print their last state. */
  readonly signal: AbortSignal
  readonly env: NodeJS.ProcessEnv
  /** Runs before the process exits (close sockets, stop an in-process sandbox). */
  onExit(fn: () => unknown): void
}

export interface Credentials {
  userId: string
  password?: string | undefined
  totpSecret?: string | undefined
  apiKey?: string | undefined
  vendorCode?: string | undefined
}

export type Target = (
  | {
      kind: 'sandbox'
      /** Shown to people: `sandbox 127.0.0.1:8740 (DEMO1)`. */
      label: string
      baseUrl: string
      wsUrl: string
      credentials: Credentials
      /** An in-process sandbox started for this command only: its state is gone when the command ends. */
      ephemeral: boolean
    }
  | {
      kind: 'real'
      /** The API generation of the profile, when it names one. */
      api?: string | undefined
      label: string
      baseUrl: string | undefined
      wsUrl: string | undefined
      credentials: Credentials
      /** Where the credentials came from: `env` or `profile <name>`. */
      source: string
    }
) & {
  /** The target's time in epoch ms: a sandbox's simulated clock, or the wall clock. Expiries are judged by it. */
  now: () => number
}

/** The port `firstock sandbox` listens on unless `--port` says otherwise. */
export const DEFAULT_SANDBOX_PORT = 8740

const ENV = {
  userId: 'FIRSTOCK_USER_ID',
  password: 'FIRSTOCK_PASSWORD',
  totpSecret: 'FIRSTOCK_TOTP_SECRET',
  apiKey: 'FIRSTOCK_API_KEY',
  vendorCode: 'FIRSTOCK_VENDOR_CODE',
} as const

/** `$FIRSTOCK_CONFIG_DIR`, else the SDK's per-user config folder (`~/.config/firstock` on Linux). */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.FIRSTOCK_CONFIG_DIR || defaultConfigDir(env)
}

export const configFile = (env?: NodeJS.ProcessEnv) => join(configDir(env), 'config.json')
/** Written by `firstock sandbox` while it runs, so other commands find it without flags. */
export const sandboxStateFile = (env?: NodeJS.ProcessEnv) => join(configDir(env), 'sandbox.json')

interface ProfileFile {
  profiles?: Record<string, Partial<Credentials> & { baseUrl?: string; wsUrl?: string; api?: string }>
}

/** Real-account credentials from FIRSTOCK_* variables or the config profile, if any are configured. */
export async function configuredCredentials(
  ctx: Pick<Context, 'env' | 'opts' | 'out'>,
): Promise<{ credentials: Credentials; baseUrl: string | undefined; wsUrl: string | undefined; source: string; api?: string | undefined } | undefined> {
  const env = ctx.env
  if (env[ENV.userId]) {
    return {
      credentials: {
        userId: env[ENV.userId]!,
        password: env[ENV.password],
        totpSecret: env[ENV.totpSecret],
        apiKey: env[ENV.apiKey],
        vendorCode: env[ENV.vendorCode],
      },
      baseUrl: env.FIRSTOCK_BASE_URL || undefined,
      wsUrl: env.FIRSTOCK_WS_URL || undefined,
      source: 'environment',
    }
  }
  const file = configFile(env)
  let parsed: ProfileFile
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as ProfileFile
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (ctx.opts.profile) throw new UsageError(`profile "${ctx.opts.profile}" not found: ${file} does not exist`, { code: 'UNKNOWN_PROFILE', field: 'profile' })
      return undefined
    }
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`, { code: 'BAD_CONFIG' })
  }
  const name = ctx.opts.profile ?? env.FIRSTOCK_PROFILE ?? 'default'
  const profile = parsed.profiles?.[name]
  if (!profile) {
    if (ctx.opts.profile || env.FIRSTOCK_PROFILE) {
      throw new UsageError(`profile "${name}" not found in ${file}`, { code: 'UNKNOWN_PROFILE', field: 'profile' })
    }
    return undefined
  }
  if (!profile.userId) throw new UsageError(`profile "${name}" in ${file} has no userId`, { code: 'BAD_CONFIG', field: 'userId' })
  if (process.platform !== 'win32') {
    const mode = (await stat(file)).mode
    if (mode & 0o077) ctx.out.note(`warning: ${file} is readable by other users — run \`chmod 600 ${file}\``)
  }
  const { baseUrl, wsUrl, api, ...credentials } = profile
  return { credentials: credentials as Credentials, baseUrl, wsUrl, source: `profile ${name}`, api }
}

/**
 * Picks where commands go. The sandbox unless real credentials are configured (and `--sandbox` is not given);
 * `--sandbox-url` always means the sandbox. For the sandbox: `--sandbox-url`, `$FIRSTOCK_SANDBOX_URL`, a running
 * `firstock sandbox`, else a throwaway in-process sandbox.
 */
export async function resolveTarget(ctx: Context, options: { allowEphemeral?: boolean } = {}): Promise<Target> {
  const explicitSandbox = ctx.opts.sandbox || ctx.opts.sandboxUrl !== undefined
  if (!explicitSandbox) {
    const real = await configuredCredentials(ctx)
    if (real) {
      if (ctx.opts.now !== undefined) throw nowNotApplicable('a real account runs on the exchange\'s own time')
      const host = real.baseUrl ? new URL(real.baseUrl).host : 'connect.thefirstock.com'
      return {
        kind: 'real',
        label: `REAL account ${real.credentials.userId} @ ${host}`,
        baseUrl: real.baseUrl,
        wsUrl: real.wsUrl,
        credentials: real.credentials,
        source: real.source,
        api: real.api,
        now: Date.now,
      }
    }
  }
  const { DEMO_ACCOUNT } = await import('@firstock/sandbox')
  const credentials: Credentials = { ...DEMO_ACCOUNT }
  // The sandbox speaks both generations on one market: V3 under /api/V3/, V1 under /V1/ with socket V2 at /V2/ws.
  const version = apiVersionOf(ctx.opts, ctx.env)
  const given = ctx.opts.sandboxUrl ?? (ctx.env.FIRSTOCK_SANDBOX_URL || undefined)
  const running = given === undefined ? await runningSandbox(ctx.env) : undefined
  const url = given ?? running?.httpUrl
  if (url) {
    const { baseUrl, wsUrl, host } = sandboxUrls(url, version)
    if (ctx.opts.now !== undefined) throw nowNotApplicable(`the sandbox at ${host} keeps its own clock (start it with \`firstock sandbox --now …\`)`)
    const offset = running?.clockOffsetMs ?? 0
    const now = () => Date.now() + offset
    return { kind: 'sandbox', label: `sandbox ${host} (${credentials.userId})`, baseUrl, wsUrl, credentials, ephemeral: false, now }
  }
  if (options.allowEphemeral === false) {
    throw new UsageError('no sandbox is running', {
      code: 'NO_SANDBOX',
      hint: 'start one with `firstock sandbox` in another terminal, or pass --sandbox-url http://127.0.0.1:PORT',
    })
  }
  const { startSandbox } = await import('@firstock/sandbox')
  // A quick trial works at any hour, as in `firstock demo` and `firstock sandbox` (the library's default is real hours).
  const sandbox = await startSandbox({ port: 0, tickIntervalMs: 100, tokensPerTick: 60, marketHours: 'always-open', ...clockOption(ctx) }).catch((error: unknown) => {
    throw clockError(error) ?? error
  })
  ctx.onExit(() => sandbox.close())
  ctx.out.note(`(no sandbox running: using a throwaway in-process one, market always-open — run \`firstock sandbox\` to keep orders between commands)`)
  const { host } = sandboxUrls(sandbox.httpUrl)
  return {
    kind: 'sandbox',
    label: `sandbox ${host} (${credentials.userId}, in-process)`,
    ...(version === 'v1' ? sandbox.v1! : { baseUrl: sandbox.baseUrl, wsUrl: sandbox.wsUrl }),
    credentials,
    ephemeral: true,
    now: () => sandbox.clock.now(),
  }
}

/** `--now` for `startSandbox()`. */
export function clockOption(ctx: Context): { now?: string } {
  return ctx.opts.now === undefined ? {} : { now: ctx.opts.now }
}

/** The sandbox refuses a `--now` that is not a time with a TypeError naming `now`: a usage error here. */
export function clockError(error: unknown): UsageError | undefined {
  if (!(error instanceof TypeError && error.message.startsWith('now:'))) return undefined
  return new UsageError(`--${error.message}`, { code: 'INVALID_INPUT', field: 'now' })
}

function nowNotApplicable(why: string): UsageError {
  return new UsageError(`--now sets the clock of a sandbox this command starts; ${why}`, { code: 'INVALID_INPUT', field: 'now' })
}

/**
 * Derives the REST base and WebSocket URLs of an API generation from a sandbox address such as
 * `http://127.0.0.1:8740`: V3 at `/api/V3/` and `/NorenWSTP/`, V1 at `/V1/` and socket V2 at `/V2/ws`.
 */
export function sandboxUrls(raw: string, version: CliApiVersion = 'v3'): { baseUrl: string; wsUrl: string; host: string } {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UsageError(`--sandbox-url must be a URL such as http://127.0.0.1:${DEFAULT_SANDBOX_PORT} (got ${JSON.stringify(raw)})`, {
      code: 'INVALID_URL',
      field: 'sandboxUrl',
    })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--sandbox-url must be http(s) (got ${url.protocol})`, { code: 'INVALID_URL', field: 'sandboxUrl' })
  }
  const root = `${url.protocol}//${url.host}/`
  const ws = `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}/`
  if (version === 'v1') return { baseUrl: `${root}V1/`, wsUrl: `${ws}V2/ws`, host: url.host }
  const baseUrl = /\/api\/V3\/?$/i.test(url.pathname) ? (url.href.endsWith('/') ? url.href : `${url.href}/`) : `${root}api/V3/`
  return { baseUrl, wsUrl: `${ws}NorenWSTP/`, host: url.host }
}

/** What `firstock sandbox` writes to its state file while it runs. */
export interface SandboxState {
  httpUrl?: string
  pid?: number
  /** Its simulated clock minus the wall clock, when it was started with `--now`. */
  clockOffsetMs?: number
  /** The token its control routes (/__sandbox/…) require; the state file is readable by this user only. */
  controlToken?: string
}

/**
 * Where `firstock fault` sends its request and the control token it sends: `--sandbox-url` or
 * `$FIRSTOCK_SANDBOX_URL` with `$FIRSTOCK_SANDBOX_TOKEN`, else the running `firstock sandbox` and the token it wrote.
 */
export async function sandboxControl(ctx: Context): Promise<{ httpUrl: string; token: string | undefined }> {
  const given = ctx.opts.sandboxUrl ?? (ctx.env.FIRSTOCK_SANDBOX_URL || undefined)
  const running = await runningSandbox(ctx.env)
  if (given !== undefined) {
    const { baseUrl } = sandboxUrls(given)
    const httpUrl = new URL(baseUrl).origin
    const token = ctx.env.FIRSTOCK_SANDBOX_TOKEN || (running?.httpUrl === httpUrl ? running.controlToken : undefined)
    return { httpUrl, token }
  }
  if (!running?.httpUrl) {
    throw new UsageError('no sandbox is running', {
      code: 'NO_SANDBOX',
      hint: 'start one with `firstock sandbox` in another terminal, or pass --sandbox-url with $FIRSTOCK_SANDBOX_TOKEN',
    })
  }
  return { httpUrl: running.httpUrl, token: ctx.env.FIRSTOCK_SANDBOX_TOKEN || running.controlToken }
}

async function runningSandbox(env: NodeJS.ProcessEnv): Promise<SandboxState | undefined> {
  try {
    const state = JSON.parse(await readFile(sandboxStateFile(env), 'utf8')) as SandboxState
    if (typeof state.pid === 'number') process.kill(state.pid, 0) // throws when the process is gone
    return typeof state.httpUrl === 'string' ? state : undefined
  } catch {
    return undefined
  }
}

/** A logged-in-on-demand client for the target. Sessions are kept in files (per sandbox address for sandboxes). */
export async function connect(ctx: Context, options: { allowEphemeral?: boolean } = {}): Promise<{ firstock: Firstock; target: Target }> {
  const target = await resolveTarget(ctx, options)
  const version = apiVersionOf(ctx.opts, ctx.env, target.kind === 'real' ? target.api : undefined)
  const { createFirstock, FileSessionStore, MemorySessionStore } = await import('@firstock/node')
  const dir = configDir(ctx.env)
  const sessionStore =
    target.kind === 'real'
      ? new FileSessionStore({ dir: join(dir, 'sessions') })
      : target.ephemeral
        ? new MemorySessionStore()
        : new FileSessionStore({ dir: join(dir, 'sandbox-sessions', `${new URL(target.baseUrl).host.replace(/[^\w.-]/g, '_')}${version === 'v1' ? '-v1' : ''}`) })
  // Commands are written against the V3 method set; with `--api v1` each call is checked against the V1 rows, so a
  // command whose inputs V1 does not take fails with a ValidationError before anything is sent.
  const firstock = createFirstock({
    version: version as 'v3',
    ...definedOnly(target.credentials),
    ...(target.baseUrl ? { baseUrl: target.baseUrl } : {}),
    ...(target.wsUrl ? { wsUrl: target.wsUrl } : {}),
    // Symbol masters come from the target (Firstock's download host, or the sandbox) unless a mirror is named.
    ...(ctx.env.FIRSTOCK_SYMBOLS_URL ? { symbolsUrl: ctx.env.FIRSTOCK_SYMBOLS_URL } : {}),
    sessionStore,
    ...(ctx.opts.debug ? { logger: debugLogger(ctx) } : {}),
  })
  return { firstock, target }
}

/** Drops unset fields (exactOptionalPropertyTypes): a missing credential is reported by `login()` by name. */
function definedOnly(credentials: Credentials): { userId: string; password?: string; totpSecret?: string; apiKey?: string; vendorCode?: string } {
  return Object.fromEntries(Object.entries(credentials).filter(([, value]) => value !== undefined && value !== '')) as { userId: string }
}

function debugLogger(ctx: Context) {
  const write = (level: string) => (details: object, message?: string) => {
    process.stderr.write(`[${level}] ${message ?? ''} ${JSON.stringify(details)}\n`)
  }
  void ctx
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}
