import type { Instrument } from '../model/market.js'
import { priceOption, yearsToExpiry } from '../model/pricing.js'

// Option Greeks of the simulated market, for optionChainGreeks and the socket's greeks feed: the model that priced the
// chain, at the same time and volatility.

export interface Greeks {
  delta: number
  gamma: number
  theta: number
  vega: number
  rho: number
  /** Implied volatility in percent. */
  iv: number
}

/**
 * Greeks of an option against its underlying's last price at the market's pricing time `at` (its `modelTime()`), on
 * the option's smile volatility; undefined for anything else.
 */
export function greeksOf(inst: Instrument, at: number): Greeks | undefined {
  if (inst.kind !== 'option' || !inst.underlying || inst.expiry === undefined || inst.strike === undefined) return undefined
  const g = priceOption(inst.underlying.ltp, inst.strike, yearsToExpiry(inst.expiry, at), inst.iv)
  const call = inst.optionType === 'CE'
  return {
    delta: call ? g.callDelta : g.putDelta,
    gamma: g.gamma,
    theta: call ? g.callTheta : g.putTheta,
    vega: g.vega,
    rho: call ? g.callRho : g.putRho,
    iv: inst.iv * 100,
  }
}
