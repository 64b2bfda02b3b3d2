import type { Holidays } from './calendar.js'
import type { Market } from './market.js'
import type { Broker, OrderInput } from './broker.js'
import { istMidnight, MINUTE_MS, yymmdd } from '../util.js'

// After-market orders (docs/protocol-v1.md §2.3 placeAMO/modifyAMO): accepted while the market is closed, held here,
// and placed into the order book at the next open. The model knows nothing of any wire format.

const OPEN_MINUTE = 9 * 60 + 15
const CLOSE_MINUTE = 15 * 60 + 30

/** True between 09:15 and 15:30 IST on a trading day (weekends and exchange holidays are closed). */
export function marketOpen(now: number, holidays: Holidays): boolean {
  if (!holidays.isTradingDay(now)) return false
  const minute = (now - istMidnight(now)) / MINUTE_MS
  return minute >= OPEN_MINUTE && minute < CLOSE_MINUTE
}

export type AmoStatus = 'AMO OPEN' | 'AMO CANCELED' | 'RELEASED'

export interface AmoOrder {
  /** The AMO's own number; the book order placed at the open gets a new one (`orderNumber`). */
  amoNumber: string
  userId: string
  input: OrderInput
  placedAt: number
  status: AmoStatus
  orderNumber?: string
}

export class AmoBook {
  private readonly list: AmoOrder[] = []
  private serial = 0

  constructor(
    private readonly market: Market,
    private readonly broker: Broker,
    private readonly now: () => number,
    private readonly holidays: Holidays,
  ) {
    market.onMove(() => this.release())
  }

  isOpen(): boolean {
    return marketOpen(this.now(), this.holidays)
  }

  /** Holds an order for the next open. */
  add(userId: string, input: OrderInput): AmoOrder {
    this.serial += 1
    const now = this.now()
    const amo: AmoOrder = {
      amoNumber: `${yymmdd(now)}9${String(this.serial).padStart(7, '0')}`,
      userId,
      input,
      placedAt: now,
      status: 'AMO OPEN',
    }
    this.list.push(amo)
    return amo
  }

  find(userId: string, amoNumber: string): AmoOrder | undefined {
    return this.list.find((a) => a.userId === userId && a.amoNumber === amoNumber)
  }

  /** AMOs still waiting for the open, oldest first. */
  pending(userId: string): AmoOrder[] {
    return this.list.filter((a) => a.userId === userId && a.status === 'AMO OPEN')
  }

  cancel(amo: AmoOrder): void {
    amo.status = 'AMO CANCELED'
  }

  /** Places every waiting AMO once the market is open; called on each market step and before each V1 request. */
  release(): void {
    if (!this.list.some((a) => a.status === 'AMO OPEN') || !this.isOpen()) return
    for (const amo of this.list) {
      if (amo.status !== 'AMO OPEN') continue
      amo.status = 'RELEASED'
      amo.orderNumber = this.broker.place(amo.userId, amo.input).orderNumber
    }
  }
}
