import { errorFunction } from 'simple-statistics'

// The sandbox's one pricing model. Futures are the underlying plus cost of carry at one rate; options are priced by
// Black-76 on that same forward with a volatility smile per underlying, so put–call parity (C − P = (F − K)·e^(−rT))
// holds by construction and the greeks come from the same formula that priced the chain.

/** The one cost-of-carry (and discount) rate, per year, continuously compounded. */
export const CARRY_RATE = 0.07
const YEAR_MS = 365 * 86_400_000
/** Options and futures expire at the close, 15:30 IST, of their expiry day. */
const CLOSE_MS = (15 * 60 + 30) * 60_000
/** Never price with less than a minute to go: Black-76 is singular at zero time. */
const MIN_MS = 60_000

/** Years from `now` to the 15:30 IST close of an expiry day given as its IST midnight (epoch ms). */
export function yearsToExpiry(expiryDay: number, now: number): number {
  return Math.max(expiryDay + CLOSE_MS - now, MIN_MS) / YEAR_MS
}

/** Standard normal cumulative distribution, from a maintained erf (error below 1e-7, relative in the
 * tails): a thousandth of a rupee on a price of 60,000. */
export function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2))
}

function normalPdf(x: number): number {
  return Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
}

/** The fair future (and option forward) of an underlying: spot carried at `rate` for `t` years. */
export function forwardPrice(spot: number, t: number, rate = CARRY_RATE): number {
  return spot * Math.exp(rate * t)
}

/**
 * A volatility smile: the at-the-money volatility and how it changes with log-moneyness x = ln(K/F):
 * σ(K) = atm · (1 + skew·x + curvature·x²), kept between half and three times the at-the-money volatility.
 * Indian index options show a negative skew (puts below the money dearer).
 */
export interface Smile {
  atm: number
  skew: number
  curvature: number
}

/** The volatility the smile gives a strike, for a forward. */
export function smileVol(smile: Smile, forward: number, strike: number): number {
  const x = Math.log(strike / forward)
  const scale = 1 + smile.skew * x + smile.curvature * x * x
  return smile.atm * Math.min(3, Math.max(0.5, scale))
}

/** Call and put prices and their greeks against the spot (delta per unit, vega and rho per 1 %, theta per day). */
export interface OptionValues {
  forward: number
  call: number
  put: number
  callDelta: number
  putDelta: number
  gamma: number
  vega: number
  callTheta: number
  putTheta: number
  callRho: number
  putRho: number
}

/**
 * Black-76 on the forward F = S·e^(rT), which equals Black–Scholes on the spot; greeks are taken against the spot.
 * `t` in years, `rate` and `vol` as fractions.
 */
export function priceOption(spot: number, strike: number, t: number, vol: number, rate = CARRY_RATE): OptionValues {
  const T = Math.max(t, MIN_MS / YEAR_MS)
  const sqrtT = Math.sqrt(T)
  const forward = forwardPrice(spot, T, rate)
  const disc = Math.exp(-rate * T)
  const d1 = (Math.log(forward / strike) + (vol * vol * T) / 2) / (vol * sqrtT)
  const d2 = d1 - vol * sqrtT
  const [n1, n2, m1, m2] = [normalCdf(d1), normalCdf(d2), normalCdf(-d1), normalCdf(-d2)]
  const call = disc * (forward * n1 - strike * n2)
  const put = disc * (strike * m2 - forward * m1)
  const pdf = normalPdf(d1)
  // Against the spot, F·e^(−rT) = S, so these are the familiar Black–Scholes greeks.
  const decay = (-spot * pdf * vol) / (2 * sqrtT)
  return {
    forward,
    call,
    put,
    callDelta: n1,
    putDelta: n1 - 1,
    gamma: pdf / (spot * vol * sqrtT),
    vega: (spot * pdf * sqrtT) / 100,
    callTheta: (decay - rate * strike * disc * n2) / 365,
    putTheta: (decay + rate * strike * disc * m2) / 365,
    callRho: (strike * T * disc * n2) / 100,
    putRho: (-strike * T * disc * m2) / 100,
  }
}

/** An option of an underlying on the smile: its volatility and values. */
export function priceOnSmile(spot: number, strike: number, t: number, smile: Smile, rate = CARRY_RATE) {
  const T = Math.max(t, MIN_MS / YEAR_MS)
  const vol = smileVol(smile, forwardPrice(spot, T, rate), strike)
  return { vol, ...priceOption(spot, strike, T, vol, rate) }
}
