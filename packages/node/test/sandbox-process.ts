import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'

export interface SandboxProcess {
  baseUrl: string
  requests(): Promise<{ endpoint: string; at: number; fault?: string }[]>
  close(): Promise<void>
}

/**
 * The built sandbox program in its own process (rate limits off), so that a load test measures the client and
 * not a server competing with it for the same event loop.
 */
export async function sandboxProcess(): Promise<SandboxProcess> {
  const bin = fileURLToPath(new URL('../../sandbox/dist/bin.js', import.meta.url))
  const token = randomUUID()
  const child: ChildProcess = spawn(process.execPath, [bin, '--port', '0', '--seed', '7', '--rate-limits', 'off', '--tick-ms', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, FIRSTOCK_SANDBOX_TOKEN: token },
  })
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /REST base URL\s+(\S+)/.exec(out)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)))
  })
  return {
    baseUrl,
    requests: async () => (await fetch(new URL('/__sandbox/requests', baseUrl), { headers: { authorization: `Bearer ${token}` } })).json() as never,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
