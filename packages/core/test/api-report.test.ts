import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'

// The test script runs after `build`. The API report prints each endpoint row as one line naming its input and output
// types; the fields live in those named types. These tests check that a field changed in a row's schema (here: in the
// built declarations) still fails the report check, and that the report stays small enough to review.
const pkgDir = fileURLToPath(new URL('..', import.meta.url))
const tool = join(pkgDir, '../../tooling/api-report.mjs')
// Inside the package, so the copy resolves typescript and zod as the package does.
const copy = mkdtempSync(join(pkgDir, '.firstock-test-api-report-'))
afterAll(() => rmSync(copy, { recursive: true, force: true }))
cpSync(join(pkgDir, 'dist'), join(copy, 'dist'), { recursive: true, filter: (file) => !/\.(js|cjs|map)$/.test(file) })
for (const file of ['package.json', 'api-report.d.ts', 'api-report.protocol.d.ts']) cpSync(join(pkgDir, file), join(copy, file))
const built = readFileSync(join(copy, 'dist/index.d.ts'), 'utf8')
const check = () => spawnSync(process.execPath, [tool], { cwd: copy, encoding: 'utf8' })

/** Runs the check on the built declarations with one text replaced, then puts them back. */
function checkWith(from: RegExp, to: string) {
  const changed = built.replace(from, to)
  expect(changed, `${from} is in the built declarations`).not.toBe(built)
  writeFileSync(join(copy, 'dist/index.d.ts'), changed)
  try {
    return check()
  } finally {
    writeFileSync(join(copy, 'dist/index.d.ts'), built)
  }
}

describe('api-report', () => {
  test('behavior: the checked-in report matches the built declarations', () => {
    const result = check()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  test('behavior: a field changed in a row schema fails the check and shows in its named type', () => {
    // V3 placeOrder's `remarks` lives in PlaceOrderInput, read from the unexported row the report does not print.
    const result = checkWith(/(declare const placeOrderRow: Endpoint<"placeOrder", \{[^]*?remarks\?: )string/, '$1number')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('+     remarks?: number | undefined;')
  })

  test('behavior: a field changed in a V1 row (reached only through v1Endpoints) fails the check', () => {
    const result = checkWith(/(declare const basketMargin: Endpoint<"basketMargin", [^]*?MarginOnNewOrder\?: )number/, '$1string')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('MarginOnNewOrder?: string | undefined;')
  })

  test('behavior: each row is one line naming its types, and the report is a few thousand lines', () => {
    const report = readFileSync(join(pkgDir, 'api-report.d.ts'), 'utf8')
    expect(report).toContain("declare const placeOrder: Endpoint<'placeOrder', PlaceOrderInput, OrderAck>;")
    expect(report).toContain('readonly placeOrder: Endpoint<\'placeOrder\', V1OrderInput, V1PlacedOrders>;')
    expect(report).not.toMatch(/\$\d/)
    expect(report.split('\n').length).toBeLessThan(4_000)
  })
})
