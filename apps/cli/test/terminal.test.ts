import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Sandbox, startSandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { MAIN, SESSION_MOMENT } from './helpers.js'

const TMUX = ['/usr/bin/tmux', '/usr/local/bin/tmux'].find((path) => existsSync(path))
const session = `firstock-cli-test-${process.pid}`
let sandbox: Sandbox

const tmux = (...args: string[]) => execFileSync(TMUX!, args, { encoding: 'utf8' })
const capture = () => tmux('capture-pane', '-p', '-t', session)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The LTP column of each row of the live table, e.g. { 'NSE|26000': '17850.25' }. */
function prices(screen: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const line of screen.split('\n')) {
    // On a terminal the table has box-drawing borders: │ Symbol │ Key │ LTP ▲ │ …
    const cells = line.split('│').map((cell) => cell.trim())
    const key = cells[2] && /^[A-Z]+\|\d+$/.test(cells[2]) ? cells[2] : undefined
    if (key && cells[3]) result[key] = cells[3].replace(/[▲▼\s]/g, '')
  }
  return result
}

beforeAll(async () => {
  if (!TMUX) return
  // A busy market: every instrument moves on most steps, so the watched rows change between two looks.
  sandbox = await startSandbox({ now: SESSION_MOMENT, port: 0, tickIntervalMs: 50, tokensPerTick: 2_000 })
})
afterAll(async () => {
  if (TMUX) {
    try {
      tmux('kill-session', '-t', session)
    } catch {
      // already gone
    }
  }
  await sandbox?.close()
})

test.skipIf(!TMUX)('behavior: watch redraws the live table in place on a terminal (tmux)', async () => {
  const configDir = mkdtempSync(join(tmpdir(), 'firstock-cli-tty-'))
  const command = `env -u NO_COLOR FIRSTOCK_CONFIG_DIR=${configDir} TERM=xterm-256color ${process.execPath} ${MAIN} --sandbox-url ${sandbox.httpUrl} watch NIFTY NSE:ITC-EQ NSE:SBIN-EQ --for 8s; sleep 30`
  tmux('new-session', '-d', '-s', session, '-x', '180', '-y', '30', command)

  let first = ''
  for (let i = 0; i < 50 && Object.keys(prices(first)).length < 3; i++) {
    await sleep(100)
    first = capture()
  }
  expect(first).toContain('Live touchline — Ctrl-C to stop')
  expect(Object.keys(prices(first))).toEqual(['NSE|26000', 'NSE|1660', 'NSE|3045'])

  await sleep(1_500)
  const second = capture()
  // Redrawn in place: still exactly one table on the screen, with different prices.
  expect(second.match(/Live touchline/g)).toHaveLength(1)
  expect(second.match(/│ Symbol/g)).toHaveLength(1)
  expect(prices(second)).not.toEqual(prices(first))
}, 30_000)
