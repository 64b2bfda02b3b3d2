import type { Instrument } from './instrument.js'

// The margin rule: equity delivery 100%, equity intraday 20%; futures and short options 12% of notional (6% intraday),
// on the underlying's price for options; long options block their premium.

function rate(inst: Instrument, product: string): number {
  if (inst.kind === 'equity') return product === 'C' ? 1 : 0.2
  return product === 'I' ? 0.06 : 0.12
}

/** Margin blocked by `qty` units in direction `side` at `price`. */
export function marginFor(inst: Instrument, product: string, side: 'B' | 'S', qty: number, price: number): number {
  if (inst.kind === 'option') {
    if (side === 'B') return qty * price
    return qty * (inst.underlying?.ltp ?? inst.strike ?? price) * rate(inst, product)
  }
  return qty * price * rate(inst, product)
}
