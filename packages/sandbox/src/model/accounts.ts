import { randomBytes } from 'node:crypto'

/** A user the sandbox accepts: the login fields, plus the name and email login answers with. */
export interface SandboxAccount {
  userId: string
  /** Plain text, as V3 clients send it (its SHA-256 hex is accepted too). */
  password: string
  /** Base32 TOTP secret; login accepts the current code or one step either side. */
  totpSecret: string
  apiKey: string
  vendorCode: string
  userName?: string
  email?: string
}

/**
 * The default account: `DEMO01`, password `demo-password`, TOTP secret `JBSWY3DPEHPK3PXP`.
 * @example
 * ```ts
 * const firstock = createFirstock({ version: 'v3', baseUrl: sb.baseUrl, ...DEMO_ACCOUNT })
 * ```
 */
export const DEMO_ACCOUNT: SandboxAccount = Object.freeze({
  userId: 'DEMO01',
  password: 'demo-password',
  totpSecret: 'JBSWY3DPEHPK3PXP',
  apiKey: '5f4dcc3b5aa765d61d8327deb882cf99',
  vendorCode: 'DEMO01_API',
  userName: 'DEMO TRADER',
  email: 'demo@sandbox.invalid',
})

export type SessionCheck = 'ok' | 'invalid' | 'expired'

/** Session tokens per user. A fresh login adds a token; older ones keep working until logout or expiry. */
export class Sessions {
  private readonly tokens = new Map<string, { userId: string; state: 'active' | 'expired' | 'closed' }>()

  issue(userId: string): string {
    const token = randomBytes(32).toString('hex')
    this.tokens.set(token, { userId, state: 'active' })
    return token
  }

  check(userId: string, token: string): SessionCheck {
    const entry = this.tokens.get(token)
    if (!entry || entry.userId !== userId || entry.state === 'closed') return 'invalid'
    return entry.state === 'expired' ? 'expired' : 'ok'
  }

  logout(token: string): void {
    const entry = this.tokens.get(token)
    if (entry) entry.state = 'closed'
  }

  expire(userId: string): void {
    for (const entry of this.tokens.values()) if (entry.userId === userId && entry.state === 'active') entry.state = 'expired'
  }
}
