import type { Holidays } from './calendar.js'
import { MarketHours } from './hours.js'
import type { Market } from './market.js'
import type { Broker, OrderInput } from './broker.js'
import { yymmdd } from '../util.js'

// After-market orders (placeAMO/modifyAMO of the V1 API): accepted while the market is closed, held here, and placed
// into the order book when the exchange's session starts (in pre-open, for the auction, where there is one). The model knows nothing of any wire format.

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
  /** AMOs follow the real sessions in every mode: an after-market order is held while the exchange is really closed. */
  private readonly hours: MarketHours
  private serial = 0

  constructor(
    private readonly market: Market,
    private readonly broker: Broker,
    private readonly now: () => number,
    holidays: Holidays,
  ) {
    this.hours = new MarketHours('real', holidays)
    market.onMove(() => this.release())
  }

  /** Whether the exchange takes orders now (pre-open or continuous trading). */
  isOpen(exchange: string): boolean {
    return this.hours.phase(exchange, this.now()) !== 'closed'
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

  /** Places every waiting AMO once its exchange takes orders; called on each market step and before each V1 request. */
  release(): void {
    for (const amo of this.list) {
      if (amo.status !== 'AMO OPEN' || !this.isOpen(amo.input.inst.exchange)) continue
      amo.status = 'RELEASED'
      amo.orderNumber = this.broker.place(amo.userId, amo.input).orderNumber
    }
  }
}
