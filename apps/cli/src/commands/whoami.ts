import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock, target } = await connect(ctx)
  const session = await firstock.getSession()
  const user = await out.spin('Fetching user details', () => firstock.userDetails())
  const result = {
    target: target.kind,
    label: target.label,
    baseUrl: firstock.baseUrl,
    ...(target.kind === 'real' ? { credentialsFrom: target.source } : {}),
    userId: user.actid ?? target.credentials.userId,
    userName: user.userName,
    email: user.email,
    exchanges: user.exchange,
    sessionSince: session?.createdAt,
  }
  if (out.json) return out.data(result)
  const rows: [string, string | undefined][] = [
    ['Target', target.kind === 'real' ? out.c.red(out.c.bold(target.label)) : out.c.green(target.label)],
    ['API', firstock.baseUrl],
    ...(target.kind === 'real' ? [['Credentials', target.source] as [string, string]] : []),
    ['User', `${result.userId}${user.userName ? ` (${user.userName})` : ''}`],
    ['Email', user.email],
    ['Exchanges', user.exchange?.join(', ')],
    ['Session since', session?.createdAt],
  ]
  out.line(out.table(['', ''], rows.filter(([, v]) => v)))
}
