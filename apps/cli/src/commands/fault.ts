import { UsageError } from '../errors.js'
import { type Context, sandboxControl } from '../target.js'

/** `firstock fault <kind>`: queues a fault in the running sandbox through its control route, with its control token. */
export async function run(ctx: Context, args: string[], options: { endpoint?: string; count: string }): Promise<void> {
  const kind = args[0]!
  const count = Number(options.count)
  if (!Number.isInteger(count) || count < 1 || count > 1_000) {
    throw new UsageError(`--count must be a whole number from 1 to 1000 (got ${JSON.stringify(options.count)})`, { code: 'INVALID_INPUT', field: 'count' })
  }
  const { httpUrl, token } = await sandboxControl(ctx)
  const rule = kind === 'clear' ? { kind } : { kind, count, ...(options.endpoint ? { endpoint: options.endpoint } : {}) }
  let response: Response
  try {
    response = await fetch(`${httpUrl}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(rule),
      signal: ctx.signal,
    })
  } catch (error) {
    throw new UsageError(`cannot reach the sandbox at ${httpUrl}: ${(error as Error).message}`, { code: 'NO_SANDBOX' })
  }
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } }
  if (response.status === 401) {
    throw new UsageError(`the sandbox at ${httpUrl} refused the control token`, {
      code: 'CONTROL_TOKEN_REQUIRED',
      hint: 'use the sandbox started by `firstock sandbox`, or set $FIRSTOCK_SANDBOX_TOKEN to the token firstock-sandbox printed',
    })
  }
  if (!response.ok) throw new UsageError(`the sandbox refused the fault: ${body.error?.message ?? `HTTP ${response.status}`}`, { code: 'INVALID_INPUT', field: 'kind' })
  if (ctx.out.json) return ctx.out.data({ ok: true, ...rule })
  ctx.out.line(kind === 'clear' ? 'faults cleared' : `fault ${kind} queued for ${options.endpoint ?? 'any endpoint'} (next ${count} request${count > 1 ? 's' : ''})`)
}
