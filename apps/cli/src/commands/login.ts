import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock, target } = await connect(ctx, { allowEphemeral: false })
  const session = await out.spin(`Logging in to ${target.label}`, () => firstock.login())
  const result = { target: target.kind, userId: session.userId, userName: session.userName, loggedInAt: session.createdAt }
  if (out.json) return out.data(result)
  out.line(`${out.c.green('✔')} Logged in as ${out.c.bold(session.userId)}${session.userName ? ` (${session.userName})` : ''} — ${target.label}`)
}
