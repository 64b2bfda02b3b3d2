import { expect, test, vi } from 'vitest'

// papaparse and otpauth are imported on first use. A failed import must not be remembered: the call rejects and the
// next call tries again. (This file imports parse.js and session.js only after mocking, so their memos start empty.)
let failing = true
vi.doMock('papaparse', async (importOriginal) => {
  if (failing) throw new Error('papaparse not installed')
  return importOriginal()
})
vi.doMock('otpauth', async (importOriginal) => {
  if (failing) throw new Error('otpauth not installed')
  return importOriginal()
})

test('behavior: when loading papaparse or otpauth fails the call rejects, and the next call loads it again', async () => {
  const { parseSymbolMaster } = await import('./instruments/parse.js')
  const { totpFromSecret } = await import('./session.js')
  const csv = 'Exchange,Token,LotSize,TradingSymbol\nNSE,1660,1,ITC-EQ\n'
  failing = true
  await expect(parseSymbolMaster(csv)).rejects.toThrow()
  await expect(totpFromSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).rejects.toThrow()
  failing = false
  expect((await parseSymbolMaster(csv)).instruments.map((i) => i.tradingSymbol)).toEqual(['ITC-EQ'])
  expect(await totpFromSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082')
})
