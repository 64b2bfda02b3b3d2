import { createHash } from 'node:crypto'
import { checkTotp, fixed } from '../util.js'
import { type AddRoute, session, type V3Model } from './context.js'
import { EXCHANGES, invalid, ok, text } from './wire.js'

/** Session and account routes: login, logout, userDetails, limit. */
export function addAccountRoutes(add: AddRoute, model: V3Model): void {
  const { broker } = model
    add('login', {
      required: ['userId', 'password', 'TOTP', 'vendorCode', 'apiKey'],
      auth: 'none',
      bucket: 'other',
      handle: ({ body, userId, wallNow }) => {
        const account = model.accounts.find((a) => a.userId === userId)!
        const password = text(body.password)
        const sha = createHash('sha256').update(account.password).digest('hex')
        if (password !== account.password && password.toLowerCase() !== sha) throw invalid('password', 401)
        if (!checkTotp(account.totpSecret, text(body.TOTP), wallNow)) throw invalid('TOTP', 401)
        if (text(body.apiKey) !== account.apiKey) throw invalid('apiKey', 401)
        if (text(body.vendorCode) !== account.vendorCode) throw invalid('vendorCode', 401)
        return ok({
          actid: account.userId,
          userName: account.userName ?? account.userId,
          susertoken: model.sessions.issue(account.userId),
          email: account.email ?? `${account.userId.toLowerCase()}@sandbox.invalid`,
        })
      },
    })
    add(
      'logout',
      session([], 'other', ({ body }) => {
        model.sessions.logout(text(body.jKey))
        return ok('Successfully logged out')
      }),
    )
    add(
      'userDetails',
      session([], 'other', ({ userId, rt }) => {
        const account = model.accounts.find((a) => a.userId === userId)!
        return ok({
          requestTime: rt,
          userName: account.userName ?? userId,
          exchange: [...EXCHANGES],
          orarr: ['LMT', 'MKT', 'SL-LMT', 'SL-MKT'],
          email: account.email ?? `${userId.toLowerCase()}@sandbox.invalid`,
          actid: userId,
          uprev: 'INVESTOR',
        })
      }),
    )

    add(
      'limit',
      session([], 'other', ({ userId, rt }) => {
        const m = broker.margins(userId)
        return ok({
          requestTime: rt,
          cash: fixed(m.cash),
          payin: '0.00',
          payout: '0.00',
          marginused: fixed(m.used),
          brkcollamt: '0.00',
          peak_mar: fixed(m.peak),
          span: fixed(m.span),
          expo: fixed(m.expo),
          premium: fixed(m.premium),
          collateral: '0.00',
          rpnl: fixed(m.realized),
          urmtom: fixed(m.unrealized),
        })
      }),
    )
}
