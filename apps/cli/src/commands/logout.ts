import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock, target } = await connect(ctx, { allowEphemeral: false })
  const session = await firstock.getSession()
  if (session) await out.spin('Logging out', () => firstock.logout())
  if (out.json) return out.data({ target: target.kind, userId: target.credentials.userId, loggedOut: Boolean(session) })
  out.line(session ? `${out.c.green('✔')} Logged out ${target.credentials.userId} — ${target.label}` : `Not logged in — ${target.label}`)
}
