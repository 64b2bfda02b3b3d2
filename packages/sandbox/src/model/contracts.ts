import { IST_OFFSET_MS } from '../util.js'

// Lot sizes and freeze quantities of the simulated derivatives, by contract: the one table the instrument master,
// the symbol master, securityInfo, quotes and both streams all read. This is the sandbox's table, valid for the
// simulated dates it lists (contracts expiring in 2025–2026), written from the exchanges' circulars as best known; it is
// not a live copy of the exchanges' files, and a real account must take lots from the real symbol master.
//
// - NSE index derivatives, revised from the January 2026 series: NIFTY 65, BANKNIFTY 30, FINNIFTY 60, MIDCPNIFTY 120,
//   NIFTYNXT50 25 (contracts expiring up to 30 Dec 2025: NIFTY 75, BANKNIFTY 35, FINNIFTY 65, MIDCPNIFTY 140).
//   Freeze quantities (units per order): NIFTY 1,800, BANKNIFTY 900, FINNIFTY 1,800, MIDCPNIFTY 2,800, NIFTYNXT50 600.
// - BSE SENSEX: lot 20 from the 2025 contracts (10 before), freeze quantity 1,000.
// - NSE stock futures, after the late-2024 revision (contracts from January 2025): RELIANCE 500 (250 before),
//   SBIN 750 (1,500 before), TCS 175, ITC 1,600. Their freeze quantity here is 20 lots: the sandbox's own rule, not
//   each stock's published limit.
// - MCX (units as the symbol master counts them): CRUDEOIL 100 barrels, GOLD 100 (× 10 g, 1 kg), SILVER 30 kg,
//   NATURALGAS 1,250 mmBtu; freeze quantity 20 lots, the sandbox's own rule.
// A freeze quantity need not be a whole number of lots: an order may carry at most the lots that fit under it.
// The exchange changes these by circular: a new revision is a new row, not a code change.

/** A revision: contracts expiring on or after `fromExpiry` (an IST date, YYYY-MM-DD) have this lot and freeze quantity. */
interface Revision {
  fromExpiry: string
  lot: number
  /** Most units one order may carry before the exchange freezes it. */
  freeze: number
}

const ALWAYS = '2000-01-01'
/** The sandbox's rule where no published limit is used: 20 lots. */
const twentyLots = (lot: number): Revision => ({ fromExpiry: ALWAYS, lot, freeze: 20 * lot })

/** Revisions oldest first; the first row also covers any earlier contract. */
const TABLE: Record<string, Revision[]> = {
  NIFTY: [
    { fromExpiry: ALWAYS, lot: 75, freeze: 1800 },
    { fromExpiry: '2025-12-31', lot: 65, freeze: 1800 },
  ],
  BANKNIFTY: [
    { fromExpiry: ALWAYS, lot: 35, freeze: 900 },
    { fromExpiry: '2025-12-31', lot: 30, freeze: 900 },
  ],
  FINNIFTY: [
    { fromExpiry: ALWAYS, lot: 65, freeze: 1800 },
    { fromExpiry: '2025-12-31', lot: 60, freeze: 1800 },
  ],
  MIDCPNIFTY: [
    { fromExpiry: ALWAYS, lot: 140, freeze: 2800 },
    { fromExpiry: '2025-12-31', lot: 120, freeze: 2800 },
  ],
  NIFTYNXT50: [{ fromExpiry: ALWAYS, lot: 25, freeze: 600 }],
  SENSEX: [
    { fromExpiry: ALWAYS, lot: 10, freeze: 1000 },
    { fromExpiry: '2025-01-01', lot: 20, freeze: 1000 },
  ],
  ITC: [twentyLots(1600)],
  RELIANCE: [twentyLots(250), { fromExpiry: '2025-01-01', lot: 500, freeze: 20 * 500 }],
  SBIN: [twentyLots(1500), { fromExpiry: '2025-01-01', lot: 750, freeze: 20 * 750 }],
  TCS: [twentyLots(175)],
  CRUDEOIL: [twentyLots(100)],
  GOLD: [twentyLots(100)],
  SILVER: [twentyLots(30)],
  NATURALGAS: [twentyLots(1250)],
}

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
  const revisions = TABLE[symbol.toUpperCase()]
  if (!revisions) return undefined
  let current = revisions[0]!
  for (const r of revisions) if (expiry >= istDay(r.fromExpiry)) current = r
  return { lotSize: current.lot, freezeQty: current.freeze }
}
