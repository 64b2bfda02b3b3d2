import { DEMO_ACCOUNT, startSandbox, type Sandbox, type SandboxOptions } from '@firstock/sandbox'
import { pathToFileURL } from 'node:url'

/** Where an example connects, and the account it logs in with. */
export interface Target {
  baseUrl: string
  wsUrl: string | undefined
  userId: string
  password: string
  totpSecret: string
  apiKey: string
  vendorCode: string
  /** The in-process sandbox the example started itself, when no `FIRSTOCK_BASE_URL` was given. */
  sandbox: Sandbox | undefined
  close(): Promise<void>
}

/**
 * Reads `FIRSTOCK_BASE_URL`, `FIRSTOCK_WS_URL`, `FIRSTOCK_USER_ID`, `FIRSTOCK_PASSWORD`, `FIRSTOCK_TOTP_SECRET`,
 * `FIRSTOCK_API_KEY` and `FIRSTOCK_VENDOR_CODE`. Without `FIRSTOCK_BASE_URL` it starts an in-process sandbox and
 * uses its demo account (on the sandbox's side for `version`), so every example runs offline with no setup.
 */
export async function exampleTarget(
  env: NodeJS.ProcessEnv = process.env,
  sandboxOptions: SandboxOptions = {},
  version: 'v3' | 'v1' = 'v3',
): Promise<Target> {
  if (env.FIRSTOCK_BASE_URL) {
    const need = (name: string) => {
      const value = env[name]
      if (!value) throw new Error(`${name} is required when FIRSTOCK_BASE_URL is set`)
      return value
    }
    return {
      baseUrl: env.FIRSTOCK_BASE_URL,
      wsUrl: env.FIRSTOCK_WS_URL,
      userId: need('FIRSTOCK_USER_ID'),
      password: need('FIRSTOCK_PASSWORD'),
      totpSecret: need('FIRSTOCK_TOTP_SECRET'),
      apiKey: need('FIRSTOCK_API_KEY'),
      vendorCode: need('FIRSTOCK_VENDOR_CODE'),
      sandbox: undefined,
      close: async () => {},
    }
  }
  // Always-open: an example works at any hour (the sandbox's own default follows NSE/BSE sessions).
  const sandbox = await startSandbox({ marketHours: 'always-open', ...sandboxOptions })
  // The sandbox serves V3 at /api/V3/ and Developer API V1 at /V1/ (socket V2 at /V2/ws), on one market.
  const urls = version === 'v1' ? sandbox.v1! : { baseUrl: sandbox.baseUrl, wsUrl: sandbox.wsUrl }
  return {
    ...urls,
    userId: DEMO_ACCOUNT.userId,
    password: DEMO_ACCOUNT.password,
    totpSecret: DEMO_ACCOUNT.totpSecret,
    apiKey: DEMO_ACCOUNT.apiKey,
    vendorCode: DEMO_ACCOUNT.vendorCode,
    sandbox,
    close: () => sandbox.close(),
  }
}

/** True when this module is the program being run (`tsx src/x.ts`), false when a test imports it. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href
}
