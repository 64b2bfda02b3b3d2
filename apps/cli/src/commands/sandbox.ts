import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UsageError } from '../errors.js'
import { parseDuration } from '../live.js'
import { clockError, clockOption, type Context, sandboxStateFile, type SandboxState } from '../target.js'

/** `--market-hours`: always-open (the CLI's default, so the sandbox is usable at any hour) or real. */
export function marketHoursOption(value: string | undefined): 'always-open' | 'real' {
  if (value === undefined || value === 'always-open' || value === 'real') return value ?? 'always-open'
  throw new UsageError(`--market-hours: expected always-open or real (got ${JSON.stringify(value)})`, { code: 'INVALID_INPUT', field: 'market-hours' })
}

/** The line the demo and `firstock sandbox` print, saying which market-hours mode is on. */
export function marketHoursNote(mode: string): string {
  return mode === 'real'
    ? 'market hours: real (NSE/BSE pre-open 09:00–09:15, trading 09:15–15:30 IST on trading days; orders outside are rejected)'
    : 'market hours: always-open (orders fill at any hour; --market-hours real for NSE/BSE sessions)'
}

export async function run(ctx: Context, _args: string[], options: { port: string; seed: string; tick: string; marketHours?: string }): Promise<void> {
  const { out } = ctx
  const port = Number(options.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a port number (got ${JSON.stringify(options.port)})`, { code: 'INVALID_INPUT', field: 'port' })
  }
  let tickIntervalMs: number
  try {
    tickIntervalMs = parseDuration(options.tick)
  } catch (error) {
    throw new UsageError(`--tick ${(error as Error).message}`, { code: 'INVALID_DURATION', field: 'tick' })
  }
  const seed = /^\d+$/.test(options.seed) ? Number(options.seed) : options.seed
  const marketHours = marketHoursOption(options.marketHours)
  const { startSandbox, DEMO_ACCOUNT } = await import('@firstock/sandbox')
  const sandbox = await startSandbox({ port, seed: seed as number, tickIntervalMs, marketHours, ...clockOption(ctx) }).catch((error: NodeJS.ErrnoException) => {
    const usage = clockError(error)
    if (usage) throw usage
    if (error.code === 'EADDRINUSE') {
      throw new UsageError(`port ${port} is in use`, { code: 'PORT_IN_USE', field: 'port', hint: 'pass --port 0 for any free port, or stop the other sandbox' })
    }
    throw error
  })
  const clockOffsetMs = ctx.opts.now === undefined ? undefined : Math.round(sandbox.clock.now() - Date.now())
  const state: SandboxState & Record<string, unknown> = {
    httpUrl: sandbox.httpUrl,
    baseUrl: sandbox.baseUrl,
    wsUrl: sandbox.wsUrl,
    userId: DEMO_ACCOUNT.userId,
    pid: process.pid,
    controlToken: sandbox.controlToken,
    marketHours: sandbox.marketHours,
    ...(clockOffsetMs === undefined ? {} : { clockOffsetMs }),
  }
  const file = sandboxStateFile(ctx.env)
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  await writeFile(file, JSON.stringify(state), { mode: 0o600 })
  const cleanup = async () => {
    await sandbox.close()
    // Only remove the state file if it is still ours (another sandbox may have started since).
    const current = await readFile(file, 'utf8').catch(() => '')
    if (current.includes(`"pid":${process.pid}`)) await rm(file, { force: true })
  }
  ctx.onExit(cleanup)

  if (out.json) process.stdout.write(`${JSON.stringify(state)}\n`)
  else {
    out.line(`${out.c.green('●')} Sandbox running at ${out.c.bold(sandbox.httpUrl)}  (REST ${sandbox.baseUrl}, WebSocket ${sandbox.wsUrl})`)
    if (sandbox.v1) out.line(`  Developer API V1 too (--api v1): REST ${sandbox.v1.baseUrl}, WebSocket ${sandbox.v1.wsUrl}`)
    out.line(`  demo account ${out.c.bold(DEMO_ACCOUNT.userId)}; seed ${options.seed}, a market move every ${tickIntervalMs} ms`)
    out.line(`  ${marketHoursNote(sandbox.marketHours)}`)
    if (clockOffsetMs !== undefined) out.line(`  market clock starts at ${new Date(sandbox.clock.now()).toISOString()} (--now) and runs from there`)
    out.line(`  other commands find it automatically, or pass ${out.c.bold(`--sandbox-url ${sandbox.httpUrl}`)}`)
    out.line(`  faults: ${out.c.bold('firstock fault html502 --endpoint placeOrder')} (control token in ${file}, this user only)`)
    out.line(out.c.dim('  Ctrl-C to stop'))
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve()
    ctx.signal.addEventListener('abort', () => resolve(), { once: true })
    process.once('SIGTERM', () => resolve())
  })
  out.note('sandbox stopped')
}
