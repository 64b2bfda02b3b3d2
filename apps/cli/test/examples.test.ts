import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, test } from 'vitest'

/**
 * Docs that run: every `@example` in the public packages' sources is type-checked against the BUILT packages
 * (their `dist/*.d.ts`, as a user installs them). It lives here because the CLI depends on every public package.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const PACKAGES = ['core', 'node', 'stream', 'sandbox']
// Inside this package's node_modules, so `@firstock/*` resolve as they do for a user.
const OUT = fileURLToPath(new URL('../node_modules/.cache/firstock-examples/', import.meta.url))

/** Names examples use without defining them: what a reader has in hand from the surrounding docs. */
const GIVEN = `
declare const firstock: Firstock
declare const sb: Sandbox
declare const stream: Stream
declare const orderNumber: string
declare const order: EndpointInput<typeof placeOrder>
declare const password: string
declare const totpSecret: string
declare const apiKey: string
declare const index: InstrumentIndex
declare const text: string
declare const csv: string
declare const message: string
declare const userId: string
declare const vendorCode: string
declare const myFetch: typeof fetch
declare const response: Response
declare const session: Session
declare const signal: AbortSignal
`

interface Example {
  file: string
  line: number
  code: string
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) ? [path] : []
  })
}

/** Every ```ts block that follows an `@example` tag inside a JSDoc comment. */
export function examplesOf(file: string, text: string): Example[] {
  const examples: Example[] = []
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].split('\n').map((line) => line.replace(/^\s*\*? ?/, ''))
    for (let i = 0; i < body.length; i++) {
      if (!/@example\b/.test(body[i]!)) continue
      const start = body.findIndex((line, j) => j > i && /^```(ts|typescript)\s*$/.test(line.trim()))
      const end = body.findIndex((line, j) => j > start && line.trim() === '```')
      if (start < 0 || end < 0) continue
      const line = text.slice(0, comment.index).split('\n').length + start + 1
      examples.push({ file: relative(ROOT, file), line, code: body.slice(start + 1, end).join('\n') })
    }
  }
  return examples
}

async function preamble(): Promise<string> {
  const imports: string[] = []
  const seen = new Set<string>()
  // Examples of the adapter entry (@firstock/core/protocol) use its names too; the CLI does not depend on core, so it
  // is imported by path.
  const protocol = join(ROOT, 'packages', 'core', 'dist', 'protocol.js')
  for (const pkg of ['@firstock/node', '@firstock/stream', '@firstock/sandbox', protocol]) {
    const names = Object.keys(await import(pkg)).filter((name) => !seen.has(name) && name !== 'default')
    for (const name of names) seen.add(name)
    imports.push(`import { ${names.join(', ')} } from '${pkg}'`)
  }
  const types = { '@firstock/node': ['Firstock', 'InstrumentIndex', 'Session', 'EndpointInput'], '@firstock/stream': ['Stream'], '@firstock/sandbox': ['Sandbox'] }
  for (const [pkg, names] of Object.entries(types)) {
    const missing = names.filter((name) => !seen.has(name))
    if (missing.length) imports.push(`import type { ${missing.join(', ')} } from '${pkg}'`)
  }
  return `${imports.join('\n')}\n${GIVEN}`
}

test('docs: every @example in the public API type-checks against the built packages', { timeout: 120_000 }, async () => {
  const examples = PACKAGES.flatMap((pkg) => sources(join(ROOT, 'packages', pkg, 'src'))).flatMap((file) =>
    examplesOf(file, readFileSync(file, 'utf8')),
  )
  expect(examples.length).toBeGreaterThan(50)
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const head = await preamble()
  const files = examples.map((example, n) => {
    const path = join(OUT, `example-${n}.ts`)
    // Each example in its own async function: its names are its own, and top-level await works.
    writeFileSync(path, `${head}\nexport async function example${n}() {\n${example.code}\n}\n`)
    return path
  })
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.asynciterable.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    noUnusedLocals: false,
  })
  const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const n = Number(/example-(\d+)\.ts$/.exec(diagnostic.file?.fileName ?? '')?.[1])
    const example = examples[n]
    const where = example ? `${example.file}:${example.line}` : (diagnostic.file?.fileName ?? '?')
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
  expect(problems).toEqual([])
})
