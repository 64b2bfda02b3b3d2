import type { ConfirmedOrders, EndpointInput, Exchange, Firstock, LegsRejectedError, PlacedLeg, placeOrder, RejectedLeg } from '@firstock/node'
import { confirmOrder } from '../confirm.js'
import { OrderRejectedError, UsageError } from '../errors.js'
import { ordersTable } from '../render.js'
import { isV1, tradingSymbolOf } from '../market.js'
import { readSymbol, resolveSymbol } from '../symbols.js'
import { apiVersionOf, type CliApiVersion, connect, type Context } from '../target.js'

export interface PlaceOptions {
  qty: string
  price?: string
  type?: 'LMT' | 'MKT' | 'SL-LMT' | 'SL-MKT'
  trigger?: string
  product?: 'C' | 'I' | 'M'
  retention: 'DAY' | 'IOC' | 'EOS'
  tag?: string
  /** V1's `mkt_protection` (a percentage), required there for MKT and SL-MKT. */
  protection?: string
}

export type PlaceOrderInput = EndpointInput<typeof placeOrder>

const SIDES: Record<string, 'B' | 'S'> = { buy: 'B', b: 'B', sell: 'S', s: 'S' }

/** Builds the placeOrder input from flags. Values stay as typed: the SDK's schema validates them. */
export function orderInput(sideArg: string, exchange: Exchange, tradingSymbol: string, options: PlaceOptions): PlaceOrderInput {
  const transactionType = SIDES[sideArg.toLowerCase()]
  if (!transactionType) throw new UsageError(`side must be buy or sell (got ${JSON.stringify(sideArg)})`, { code: 'INVALID_SIDE', field: 'side' })
  const priceType = options.type ?? (options.price !== undefined ? 'LMT' : 'MKT')
  const market = priceType === 'MKT' || priceType === 'SL-MKT'
  if (market && options.price !== undefined && Number(options.price) !== 0) {
    throw new UsageError(`--price is not used by ${priceType} orders`, { code: 'INVALID_INPUT', field: 'price', hint: 'drop --price, or use --type LMT' })
  }
  return {
    exchange,
    tradingSymbol,
    transactionType,
    quantity: options.qty,
    // A missing limit price stays missing, so validation names the field instead of sending 0.
    price: (market ? '0' : options.price) as string,
    ...(options.trigger !== undefined ? { triggerPrice: options.trigger } : {}),
    priceType,
    product: options.product ?? (exchange === 'NSE' || exchange === 'BSE' ? 'C' : 'M'),
    retention: options.retention,
    ...(options.tag !== undefined ? { remarks: options.tag } : {}),
  }
}

/** The same order as V1 takes it: V3's fields plus `mkt_protection` when given. */
export function forVersion(input: PlaceOrderInput, version: CliApiVersion, options: Pick<PlaceOptions, 'protection'>): PlaceOrderInput {
  if (version !== 'v1') return input
  if (options.protection === undefined && (input.priceType === 'MKT' || input.priceType === 'SL-MKT')) {
    throw new UsageError(`V1 ${input.priceType} orders need --protection, the market protection in percent`, {
      code: 'INVALID_INPUT',
      field: 'protection',
      hint: 'e.g. --protection 1: V1 turns the order into a limit order at most 1% from the best price',
    })
  }
  return (options.protection === undefined ? input : { ...input, mkt_protection: options.protection }) as PlaceOrderInput
}

export function describeOrder(input: PlaceOrderInput): string {
  const side = input.transactionType === 'B' ? 'BUY' : 'SELL'
  const at = input.priceType === 'MKT' ? 'at market' : input.priceType === 'SL-MKT' ? `at market, trigger ${input.triggerPrice}` : `@ ${input.price}${input.triggerPrice && input.triggerPrice !== '0' ? `, trigger ${input.triggerPrice}` : ''}`
  return `${side} ${input.quantity} ${input.exchange}:${input.tradingSymbol} ${at} (${input.priceType}, product ${input.product}, ${input.retention ?? 'DAY'})`
}

/** Checks an order against the placeOrder row of the API generation, before anything is sent. */
async function validate(input: PlaceOrderInput, version: CliApiVersion): Promise<void> {
  const { validateRequest, registries } = await import('@firstock/node')
  await validateRequest(registries[version].endpoints.placeOrder as typeof placeOrder, input)
}

export async function run(ctx: Context, [sideArg = '', ...symbols]: string[], options: PlaceOptions): Promise<void> {
  const { out } = ctx
  if (symbols.length === 0) symbols.push('')
  // Everything that can be checked without the network is checked first: nothing is sent for bad input.
  // A profile may name the API generation too: then this early check uses V3's rules and the one below the profile's.
  const guessed = apiVersionOf(ctx.opts, ctx.env)
  for (const symbol of symbols) {
    const parsed = readSymbol(symbol)
    await validate(forVersion(orderInput(sideArg, parsed.exchange, parsed.name ?? 'PENDING-LOOKUP', options), guessed, options), guessed)
  }
  if (symbols.length > 1 && options.tag !== undefined) {
    throw new UsageError('--tag names one order; legs of a multi-leg order are tagged <tag>-1, <tag>-2 by the SDK', { code: 'INVALID_INPUT', field: 'tag' })
  }

  const conn = await connect(ctx)
  const { firstock, target } = conn
  const version = isV1(firstock) ? 'v1' : 'v3'
  const inputs: PlaceOrderInput[] = []
  for (const symbol of symbols) {
    const instrument = await out.spin('Looking up symbol', async () => tradingSymbolOf(ctx, conn, await resolveSymbol(ctx, conn, symbol)))
    inputs.push(forVersion(orderInput(sideArg, instrument.exchange, instrument.tradingSymbol, options), version, options))
  }
  for (const input of inputs) await validate(input, version)
  await confirmOrder(ctx, target, inputs.map(describeOrder).join('; '))
  if (inputs.length === 1) await sendOrder(ctx, firstock, inputs[0]!)
  else await sendLegs(ctx, firstock, inputs)
}

/**
 * Places with a tag and confirms from the order book; prints the outcome; throws on a rejection. On V1 an order
 * above the freeze quantity is placed as several slices: each is printed, and any rejected slice is a rejection.
 */
export async function sendOrder(ctx: Context, firstock: Firstock, input: PlaceOrderInput, options: { brief?: boolean } = {}) {
  const { out } = ctx
  const result = await out.spin('Placing order', () => confirmPlaced(firstock, input))
  const rejected = result.orders.filter((slice) => slice.order?.status === 'REJECTED')
  if (out.json) {
    if (!options.brief) out.data(isV1(firstock) ? result : { ...result.orders[0], tag: result.tag, recovered: result.recovered })
  } else {
    const sliced = result.orders.length > 1 ? ` in ${result.orders.length} slices (above the freeze quantity)` : ''
    const mark = rejected.length > 0 ? out.c.red('✖') : out.c.green('✔')
    const numbers = result.orders.map((slice) => out.c.bold(slice.orderNumber)).join(', ')
    const status = [...new Set(result.orders.map((slice) => slice.order?.status ?? 'sent'))].join('/')
    out.line(`${mark} Order ${numbers} ${describeOrder(input)}${sliced} — ${status}${result.recovered ? ' (found by its tag after a lost answer)' : ''}`)
    const rows = result.orders.flatMap((slice) => slice.order ?? [])
    if (rows.length > 0 && !options.brief) out.line(ordersTable(out, rows))
  }
  if (rejected.length > 0) {
    const reasons = rejected.map((slice) => `order ${slice.orderNumber} was rejected: ${slice.order?.rejectReason || 'no reason given'}`)
    throw new OrderRejectedError(reasons.join('; '))
  }
  return result
}

/** placeOrderAndConfirm of either generation, as V1's shape: every slice with its row. */
async function confirmPlaced(firstock: Firstock, input: PlaceOrderInput): Promise<ConfirmedOrders> {
  const options = { attempts: 3, intervalMs: 200 }
  if (isV1(firstock)) return (firstock as unknown as Firstock<'v1'>).placeOrderAndConfirm(input as never, options)
  const { orderNumber, order, tag, recovered } = await firstock.placeOrderAndConfirm(input, options)
  return { tag, recovered, orders: [{ orderNumber, order }] }
}

/**
 * Places several orders in one multiPlaceOrders call. Prints every leg, placed or rejected; a rejected leg
 * rethrows `LegsRejectedError` (exit 3) after the legs that did go through are shown.
 */
export async function sendLegs(ctx: Context, firstock: Firstock, inputs: PlaceOrderInput[]) {
  const { out } = ctx
  try {
    // V1 places several orders together with basketOrder, V3 with multiPlaceOrders: both settle each leg.
    const placed = await out.spin('Placing orders', () =>
      isV1(firstock) ? (firstock as unknown as Firstock<'v1'>).basketOrder({ legs: inputs as never }) : firstock.multiPlaceOrders({ data: inputs }),
    )
    printLegs(ctx, inputs, placed, [])
    return placed
  } catch (error) {
    if ((error as { name?: string }).name === 'LegsRejectedError') {
      const { placed, rejected } = error as LegsRejectedError
      printLegs(ctx, inputs, placed, rejected)
    }
    throw error
  }
}

function printLegs(ctx: Context, inputs: PlaceOrderInput[], placed: readonly PlacedLeg[], rejected: readonly RejectedLeg[]) {
  const { out } = ctx
  if (out.json) return out.data({ placed, rejected })
  const legs = [...placed.map((leg) => ({ ...leg, ok: true as const })), ...rejected.map((leg) => ({ ...leg, ok: false as const }))]
  for (const leg of legs.sort((a, b) => a.leg - b.leg)) {
    const input = inputs[leg.leg - 1]
    const what = input ? describeOrder(input) : `leg ${leg.leg}`
    if (leg.ok) out.line(`${out.c.green('✔')} Leg ${leg.leg} placed: order ${out.c.bold(leg.orderNumber)} ${what} (tag ${leg.tag ?? '-'})`)
    else out.line(`${out.c.red('✖')} Leg ${leg.leg} REJECTED: ${what} — ${leg.reason} (${leg.errorName})`)
  }
}
