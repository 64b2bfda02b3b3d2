// Test and benchmark helper (not part of the package): a synthetic NFO symbol master in the documented
// column layout, as large as asked. 100 000 rows ≈ 9 MB, like the real NFO file.
//
// Benchmark recipe (the benchmark agent times this; unit tests only check correctness):
//   const csv = generateNfoMaster({ rows: 100_000 })
//   const t0 = performance.now()
//   const index = new InstrumentIndex((await parseSymbolMaster(csv, { exchange: 'NFO' })).instruments)
//   console.log(performance.now() - t0)  // target: well under 1 000 ms

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const UNDERLYINGS = ['NIFTY', 'BANKNIFTY', 'FINNIFTY', 'MIDCPNIFTY', 'RELIANCE', 'ITC', 'INFY', 'TCS', 'HDFCBANK', 'SBIN']
export const NFO_HEADER = 'Exchange,Token,LotSize,Symbol,TradingSymbol,CompanyName,Expiry,Instrument,OptionType,StrikePrice,TickSize,FreezeQty'

export interface GenerateOptions {
  rows?: number
  /** First expiry (UTC date of the IST day); later ones follow weekly. Default 2024-11-28. */
  firstExpiry?: Date
}

/** The rows of a synthetic NFO master, header first, each without its newline. */
export function* nfoMasterLines(options: GenerateOptions = {}): Generator<string> {
  const rows = options.rows ?? 100_000
  const first = options.firstExpiry ?? new Date(Date.UTC(2024, 10, 28))
  yield NFO_HEADER
  let token = 100_000
  let n = 0
  for (let week = 0; n < rows; week++) {
    const d = new Date(first.getTime() + week * 7 * 86_400_000)
    const dd = String(d.getUTCDate()).padStart(2, '0')
    const mmm = MONTHS[d.getUTCMonth()]!
    const yy = String(d.getUTCFullYear() % 100)
    const ddmmmyy = `${dd}${mmm}${yy}`
    const expiry = `${dd}-${mmm}-${d.getUTCFullYear()}`
    for (const u of UNDERLYINGS) {
      if (n >= rows) return
      const index = u.includes('NIFTY')
      yield `NFO,${token++},25,${u},${u}${ddmmmyy}F,${u} LTD,${expiry},${index ? 'FUTIDX' : 'FUTSTK'},XX,0,0.05,1801`
      n++
      for (let s = 0; s < 400 && n < rows; s++) {
        const strike = 10_000 + s * 50
        for (const type of ['CE', 'PE'] as const) {
          if (n >= rows) return
          yield `NFO,${token++},25,${u},${u}${ddmmmyy}${type[0]}${strike},${u} LTD,${expiry},${index ? 'OPTIDX' : 'OPTSTK'},${type},${strike},0.05,1801`
          n++
        }
      }
    }
  }
}

/** A synthetic NFO master as one string. */
export function generateNfoMaster(options: GenerateOptions = {}): string {
  return `${[...nfoMasterLines(options)].join('\n')}\n`
}

/** The same master as ~64 KiB chunks that split rows at arbitrary points, like a network body. */
export async function* generateNfoMasterChunks(options: GenerateOptions = {}, chunkSize = 65_536): AsyncGenerator<string> {
  const text = generateNfoMaster(options)
  for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize)
}
