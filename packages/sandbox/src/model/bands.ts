import type { Instrument } from './instrument.js'
import type { WalkLimits } from './walk.js'
import { roundTo } from '../util.js'

// Price bands: the range an instrument's price stays in for the day.

/**
 * The daily price band: ±10 % of the close for stocks and futures (the exchanges' initial dynamic band), none for
 * indices; options get an operating range of one tick up to the close plus a tenth of the underlying, a move no option
 * makes without its underlying moving 10 %.
 */
export function setBand(inst: Instrument): void {
  const { prevClose, tickSize } = inst
  if (inst.kind === 'index') return
  if (inst.kind === 'option') {
    inst.lowerCircuit = tickSize
    inst.upperCircuit = roundTo(prevClose + 0.1 * (inst.underlying?.prevClose ?? prevClose * 10), tickSize)
    return
  }
  inst.upperCircuit = roundTo(prevClose * 1.1, tickSize)
  inst.lowerCircuit = Math.max(tickSize, roundTo(prevClose * 0.9, tickSize))
}

/** Widens a band in steps of 5 % of the close until it holds `price` (as the exchanges widen dynamic bands). */
export function widenBand(inst: Instrument, price: number): void {
  if (inst.upperCircuit === 0) return
  const step = Math.max(inst.tickSize, roundTo(inst.prevClose * 0.05, inst.tickSize))
  while (price > inst.upperCircuit) inst.upperCircuit = roundTo(inst.upperCircuit + step, inst.tickSize)
  while (price < inst.lowerCircuit) inst.lowerCircuit = Math.max(inst.tickSize, roundTo(inst.lowerCircuit - step, inst.tickSize))
}

/** The tick and band the walk keeps a price in. */
export function limits(inst: Instrument): WalkLimits {
  return { tick: inst.tickSize, lower: inst.lowerCircuit, upper: inst.upperCircuit }
}
