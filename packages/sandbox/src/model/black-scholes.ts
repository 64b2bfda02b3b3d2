import { DAY_MS } from '../util.js'

export const RATE = 0.07
export const YEAR_MS = 365 * DAY_MS

/** Black–Scholes price and greeks; `t` in years, `r` and `v` as fractions. */
export function blackScholes(spot: number, strike: number, t: number, r: number, v: number) {
  const T = Math.max(t, 1e-6)
  const sqrtT = Math.sqrt(T)
  const d1 = (Math.log(spot / strike) + (r + (v * v) / 2) * T) / (v * sqrtT)
  const d2 = d1 - v * sqrtT
  const disc = Math.exp(-r * T)
  const pdf = Math.exp((-d1 * d1) / 2) / Math.sqrt(2 * Math.PI)
  const call = spot * cnd(d1) - strike * disc * cnd(d2)
  const put = strike * disc * cnd(-d2) - spot * cnd(-d1)
  const gamma = pdf / (spot * v * sqrtT)
  const vega = (spot * pdf * sqrtT) / 100
  const callTheta = ((-spot * pdf * v) / (2 * sqrtT) - r * strike * disc * cnd(d2)) / 365
  const putTheta = ((-spot * pdf * v) / (2 * sqrtT) + r * strike * disc * cnd(-d2)) / 365
  return {
    call,
    put,
    callDelta: cnd(d1),
    putDelta: cnd(d1) - 1,
    gamma,
    vega,
    callTheta,
    putTheta,
    callRho: (strike * T * disc * cnd(d2)) / 100,
    putRho: (-strike * T * disc * cnd(-d2)) / 100,
  }
}

function cnd(x: number): number {
  // Abramowitz–Stegun 26.2.17: plenty for a simulator.
  const k = 1 / (1 + 0.2316419 * Math.abs(x))
  const poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))))
  const value = 1 - (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly
  return x >= 0 ? value : 1 - value
}
