import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SESSION_MOMENT } from '@firstock/sandbox'

export const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))

/** Where these tests' sandboxes start: inside the continuous session, whatever today's date and hour. */
export { SESSION_MOMENT }

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/** A clean environment: no FIRSTOCK_* credentials, private config and cache dirs, no colours forced. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('FIRSTOCK_') && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] = value
  }
  // Symbol masters are cached in a private folder too: tests never touch the user's real cache.
  return {
    ...env,
    FIRSTOCK_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'firstock-cli-')),
    FIRSTOCK_CACHE_DIR: mkdtempSync(join(tmpdir(), 'firstock-cache-')),
    ...extra,
  }
}

/** Runs the built CLI as a child process (stdin closed, so never a TTY). */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`firstock ${args.join(' ')} timed out\nstdout: ${stdout}\nstderr: ${stderr}`))
    }, options.timeoutMs ?? 30_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

// biome-ignore lint: the escape character is the point
export const ANSI = /\u001b\[/
