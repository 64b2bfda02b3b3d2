import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { createStream, type StreamOptions } from '../src/index.js'
import { login, startTestSandbox } from './sandbox.js'

// Runs the README's example as written: only the import line is replaced, and `createStream` is pointed at the sandbox.
test('README example', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const code = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1]
  expect(code).toBeDefined()
  const body = code!.replace(/^import .*$/m, '')
  expect(body.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(10)

  const sb = await startTestSandbox()
  try {
    const session = await login(sb)
    const lines: string[] = []
    const console = { log: (...args: unknown[]) => lines.push(args.map(String).join(' ')) }
    const sandboxStream = (options: StreamOptions) => createStream({ ...options, url: sb.wsUrl })
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>
    await new AsyncFunction('createStream', 'session', 'console', body)(sandboxStream, session, console)
    expect(lines[0]).toBe('socket open')
    const ticks = lines.filter((l) => !l.startsWith('socket'))
    expect(ticks).toHaveLength(5)
    expect(ticks[0]).toMatch(/^(NIFTY|Nifty 50|RELIANCE\S*) \d+(\.\d+)? /)
    expect(lines.at(-1)).toBe('socket closed')
  } finally {
    await sb.close()
  }
})
