import type { Instrument, Market } from './market.js'
import type { Broker, OrderInput } from './broker.js'
import { yymmdd } from '../util.js'

// Good-till-triggered orders (docs/developer-api-protocol.md §2.3 GTT): when the last price crosses `value`, the stored order
// is placed. The direction is fixed at creation: a level above the price triggers on a rise, below on a fall.

export type GttStatus = 'PENDING' | 'TRIGGERED' | 'CANCELLED'

export interface Gtt {
  id: string
  userId: string
  inst: Instrument
  validity: string
  value: number
  remarks: string
  order: OrderInput
  /** True when `value` was above the price at creation (or the last modify). */
  above: boolean
  status: GttStatus
  createdAt: number
  orderNumber?: string
}

export class GttBook {
  private readonly list: Gtt[] = []
  private serial = 0

  constructor(
    market: Market,
    private readonly broker: Broker,
    private readonly now: () => number,
  ) {
    market.onMove((moved) => this.check(new Set(moved)))
  }

  add(userId: string, fields: Pick<Gtt, 'inst' | 'validity' | 'value' | 'remarks' | 'order'>): Gtt {
    this.serial += 1
    const now = this.now()
    const gtt: Gtt = {
      id: `${yymmdd(now)}${String(this.serial).padStart(8, '0')}`,
      userId,
      ...fields,
      above: fields.value > fields.inst.ltp,
      status: 'PENDING',
      createdAt: now,
    }
    this.list.push(gtt)
    return gtt
  }

  find(userId: string, id: string): Gtt | undefined {
    return this.list.find((g) => g.userId === userId && g.id === id)
  }

  pending(userId: string): Gtt[] {
    return this.list.filter((g) => g.userId === userId && g.status === 'PENDING')
  }

  modify(gtt: Gtt, fields: Pick<Gtt, 'validity' | 'value' | 'remarks' | 'order'>): void {
    Object.assign(gtt, fields)
    gtt.above = gtt.value > gtt.inst.ltp
  }

  cancel(gtt: Gtt): void {
    gtt.status = 'CANCELLED'
  }

  private check(moved: Set<Instrument>): void {
    for (const gtt of this.list) {
      if (gtt.status !== 'PENDING' || !moved.has(gtt.inst)) continue
      const crossed = gtt.above ? gtt.inst.ltp >= gtt.value : gtt.inst.ltp <= gtt.value
      if (!crossed) continue
      gtt.status = 'TRIGGERED'
      gtt.orderNumber = this.broker.place(gtt.userId, gtt.order).orderNumber
    }
  }
}
