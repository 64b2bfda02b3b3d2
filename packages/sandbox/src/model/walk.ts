import { gaussian, roundTo } from '../util.js'

// One step of an instrument's random walk: a log-normal move with the instrument's intraday volatility, on the tick,
// never beyond its price band.

/** Seconds in a trading year on NSE: 250 days of 09:15–15:30. */
const TRADING_SECONDS_PER_YEAR = 250 * 6.25 * 3600
/** A step never moves more than this many standard deviations: the walk has no jumps. */
const MAX_SIGMAS = 4

/** The standard deviation of one step's log return, for an annualised volatility and a step length. */
export function stepSigma(annualVol: number, stepMs: number): number {
  return annualVol * Math.sqrt(stepMs / 1000 / TRADING_SECONDS_PER_YEAR)
}

export interface WalkLimits {
  tick: number
  /** The price band; 0 when the instrument has none (indices). */
  lower: number
  upper: number
}

/** The next price from `price`: on the tick, at least one tick, inside the band when there is one. */
export function walkStep(price: number, sigma: number, limits: WalkLimits, rand: () => number): number {
  const z = Math.max(-MAX_SIGMAS, Math.min(MAX_SIGMAS, gaussian(rand)))
  return clampToBand(price * Math.exp(sigma * z), limits)
}

/** A price put on the tick and inside the band (at least one tick). */
export function clampToBand(price: number, { tick, lower, upper }: WalkLimits): number {
  let next = roundTo(price, tick)
  if (upper > 0) next = Math.min(upper, Math.max(lower, next))
  return Math.max(tick, next)
}
