import { IST_OFFSET_MS } from '../util.js'

// Lot sizes and freeze quantities of the simulated derivatives, by contract: the one table the instrument master,
// the symbol master, securityInfo, quotes and the stream all read.
//
// NSE revised its index derivative lot sizes from the January 2026 series: NIFTY 65, BANKNIFTY 30, FINNIFTY 60,
// MIDCPNIFTY 120, NIFTYNXT50 25. Contracts expiring up to 30 Dec 2025 kept the earlier sizes: NIFTY 75, BANKNIFTY 35,
// FINNIFTY 65, MIDCPNIFTY 140 (NIFTYNXT50 25). Other lots (stocks, SENSEX, MCX) are the sandbox's fixed values.
// The exchange changes these by circular: a new revision is a new row, not a code change.

/** A revision: contracts expiring on or after `fromExpiry` (an IST date, YYYY-MM-DD) have this lot. */
interface LotRevision {
  fromExpiry: string
  lot: number
}

/** Revisions oldest first; the first row also covers any earlier contract. */
const LOTS: Record<string, LotRevision[]> = {
  NIFTY: [
    { fromExpiry: '2000-01-01', lot: 75 },
    { fromExpiry: '2025-12-31', lot: 65 },
  ],
  BANKNIFTY: [
    { fromExpiry: '2000-01-01', lot: 35 },
    { fromExpiry: '2025-12-31', lot: 30 },
  ],
  FINNIFTY: [
    { fromExpiry: '2000-01-01', lot: 65 },
    { fromExpiry: '2025-12-31', lot: 60 },
  ],
  MIDCPNIFTY: [
    { fromExpiry: '2000-01-01', lot: 140 },
    { fromExpiry: '2025-12-31', lot: 120 },
  ],
  NIFTYNXT50: [{ fromExpiry: '2000-01-01', lot: 25 }],
  SENSEX: [{ fromExpiry: '2000-01-01', lot: 10 }],
  ITC: [{ fromExpiry: '2000-01-01', lot: 1600 }],
  RELIANCE: [{ fromExpiry: '2000-01-01', lot: 250 }],
  SBIN: [{ fromExpiry: '2000-01-01', lot: 1500 }],
  TCS: [{ fromExpiry: '2000-01-01', lot: 175 }],
  CRUDEOIL: [{ fromExpiry: '2000-01-01', lot: 100 }],
  GOLD: [{ fromExpiry: '2000-01-01', lot: 100 }],
  SILVER: [{ fromExpiry: '2000-01-01', lot: 30 }],
  NATURALGAS: [{ fromExpiry: '2000-01-01', lot: 1250 }],
}

/** Most lots one order may carry before the exchange freezes it: index derivatives, then the rest. */
const FREEZE_LOTS = { index: 36, other: 20 }
const INDICES = new Set(['NIFTY', 'BANKNIFTY', 'FINNIFTY', 'MIDCPNIFTY', 'NIFTYNXT50', 'SENSEX'])

/** Epoch ms of an IST date's midnight. */
const istDay = (date: string) => Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS

export interface ContractSpec {
  lotSize: number
  /** Units per order above which the exchange refuses it (the order must be split). */
  freezeQty: number
}

/**
 * The lot size and freeze quantity of a derivative of `symbol` expiring on `expiry` (the IST midnight of its expiry
 * day, epoch ms). Undefined for a symbol the table does not list.
 */
export function contractSpec(symbol: string, expiry: number): ContractSpec | undefined {
  const revisions = LOTS[symbol.toUpperCase()]
  if (!revisions) return undefined
  let lot = revisions[0]!.lot
  for (const r of revisions) if (expiry >= istDay(r.fromExpiry)) lot = r.lot
  const freezeLots = INDICES.has(symbol.toUpperCase()) ? FREEZE_LOTS.index : FREEZE_LOTS.other
  return { lotSize: lot, freezeQty: lot * freezeLots }
}
