import type { Liquidity } from './depth.js'
import type { Smile } from './pricing.js'

// How each simulated underlying behaves: its annualised volatility (the walk's intraday moves follow it), how liquid
// its book is, and for option underlyings the volatility smile their chain is priced on. Values are typical of
// these instruments, not quotes of any day.

interface Profile {
  vol: number
  liquidity: Liquidity
}

const PROFILES: Record<string, Profile> = {
  NIFTY: { vol: 0.12, liquidity: 'high' },
  BANKNIFTY: { vol: 0.15, liquidity: 'high' },
  FINNIFTY: { vol: 0.14, liquidity: 'medium' },
  NIFTYIT: { vol: 0.18, liquidity: 'medium' },
  NIFTYNXT50: { vol: 0.15, liquidity: 'medium' },
  INDIAVIX: { vol: 0.8, liquidity: 'medium' },
  SENSEX: { vol: 0.12, liquidity: 'high' },
  RELIANCE: { vol: 0.22, liquidity: 'high' },
  TCS: { vol: 0.2, liquidity: 'high' },
  INFY: { vol: 0.24, liquidity: 'high' },
  HDFCBANK: { vol: 0.2, liquidity: 'high' },
  ICICIBANK: { vol: 0.22, liquidity: 'high' },
  ITC: { vol: 0.2, liquidity: 'high' },
  SBIN: { vol: 0.26, liquidity: 'high' },
  TATASTEEL: { vol: 0.32, liquidity: 'high' },
  ONGC: { vol: 0.3, liquidity: 'medium' },
  ACC: { vol: 0.28, liquidity: 'low' },
  CRUDEOIL: { vol: 0.35, liquidity: 'high' },
  GOLD: { vol: 0.14, liquidity: 'high' },
  SILVER: { vol: 0.25, liquidity: 'medium' },
  NATURALGAS: { vol: 0.55, liquidity: 'medium' },
}
const DEFAULT_PROFILE: Profile = { vol: 0.25, liquidity: 'medium' }

/** Index option smiles: negative skew (puts below the money dearer), some curvature. */
const SMILES: Record<string, Smile> = {
  NIFTY: { atm: 0.13, skew: -1.2, curvature: 3 },
  BANKNIFTY: { atm: 0.16, skew: -1, curvature: 3 },
  SENSEX: { atm: 0.14, skew: -1.2, curvature: 3 },
}

/** The profile of an underlying symbol (NIFTY, RELIANCE, …); a mid-cap stock's for one not listed. */
export function profileOf(symbol: string): Profile {
  return PROFILES[symbol.toUpperCase()] ?? DEFAULT_PROFILE
}

/** The smile an underlying's options are priced on: its own, or a flat one at 1.1 × its volatility. */
export function smileOf(symbol: string): Smile {
  return SMILES[symbol.toUpperCase()] ?? { atm: profileOf(symbol).vol * 1.1, skew: -0.8, curvature: 2 }
}
