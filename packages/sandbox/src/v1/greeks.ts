import { blackScholes, type Instrument } from '../model/market.js'

// Option Greeks of the simulated market, for optionChainGreeks and the socket's greeks feed.

const YEAR_MS = 365 * 86_400_000
const RATE = 0.07
const CLOSE_MS = (15 * 60 + 30) * 60_000

export interface Greeks {
  delta: number
  gamma: number
  theta: number
  vega: number
  rho: number
  /** Implied volatility in percent. */
  iv: number
}

/** Black–Scholes Greeks of an option against its underlying's last price; undefined for anything else. */
export function greeksOf(inst: Instrument, now: number): Greeks | undefined {
  if (inst.kind !== 'option' || !inst.underlying || inst.expiry === undefined || inst.strike === undefined) return undefined
  const t = Math.max(inst.expiry + CLOSE_MS - now, 60_000) / YEAR_MS
  const g = blackScholes(inst.underlying.ltp, inst.strike, t, RATE, inst.iv)
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
