import type { z } from 'zod'
import type { ApiVersion } from './client.js'
import { type Schemas, v3Schemas } from './endpoints/v3/shared.js'
import { loadOnce } from './lazy.js'
import type { Z } from './schemas/common.js'

/** `none` for login; `session` adds `userId` + `jKey` to the body. */
export type AuthMode = 'none' | 'session'
/** `safe` reads may be retried and replayed after a re-login; `never` is for anything that changes orders. */
export type RetryPolicy = 'safe' | 'never'
/** Rate-limit bucket: Firstock limits quotes, candles, orders and everything else separately. */
export type RateLimitBucket = 'quote' | 'candles' | 'order' | 'other'
/**
 * Where the payload sits in a success answer: `data` (the usual envelope), `values` (searchScrips' top-level list)
 * or `list` (a top-level array of per-order envelopes: strategies and multiPlaceOrders).
 */
export type EnvelopeShape = 'data' | 'values' | 'list'

/**
 * One REST endpoint as data: path, auth, retry policy, rate-limit bucket and how to build its zod request and
 * response schemas. The schemas are built from {@link Schemas} on the endpoint's first call (zod is most of the
 * SDK's cold start, so it loads then); {@link schemasOf} returns them. {@link call} runs any row;
 * {@link defineEndpoint} declares one.
 */
export interface Endpoint<
  Name extends string = string,
  Request extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  readonly name: Name
  /** Path relative to the version base URL, e.g. `getQuote/ltp`. */
  readonly path: string
  readonly auth: AuthMode
  readonly retry: RetryPolicy
  readonly limit: RateLimitBucket
  readonly envelope?: EnvelopeShape
  /**
   * A request field that carries the order tag: the caller's text becomes a prefix with a unique suffix (see
   * `newOrderTag`), so each call's order is found again by one tag.
   */
  readonly tagField?: string
  /**
   * A multi-leg order call: `items` when the caller sends the legs (`data[]`, each tagged `tag-1`, `tag-2`, …),
   * `server` when Firstock builds them from one request (strategies). Any refused leg rejects the call.
   */
  readonly legs?: 'items' | 'server'
  /** For `legs: 'items'`: the request field holding the legs (`data` when absent; V1's basketOrder uses `legs`). */
  readonly legsField?: string
  /**
   * For order writes whose orders are not in the order book: the book that lists them (GTT orders live in the GTT
   * book), named in the outcome-unknown error's advice. The order book when absent.
   */
  readonly book?: 'gttOrderBook'
  /** Firstock error names that mean "no rows" for a list endpoint (its empty answer is a failure envelope). */
  readonly emptyWhen?: readonly string[]
  /** For answers that are order rows (orderBook): the field of each row's tag, remembered so no tag is used twice. */
  readonly rowTagField?: string
  /** Places or changes orders: subject to the client's fat-finger guard (`orderLimits`). */
  readonly orderGuard?: boolean
  /** The API generation of the row; V3 when absent. */
  readonly version?: ApiVersion
  /**
   * Builds the shared schemas this row's `request`/`response` builders take (once per process per builder); V3's
   * when absent. The row names its own builder, so importing V3 rows never loads another version's schemas.
   */
  readonly schemaSet?: (z: Z) => object
  /**
   * A rejection inside a success envelope (V1 `rejreason`, productConversion's `Status` text): returns the reason
   * when the answer means "not done", so the call rejects with `RejectedError` instead of resolving.
   */
  readonly rejection?: (data: unknown) => string | undefined
  /** Builds the request schema: validates caller input and turns it into the wire body. */
  readonly request: (schemas: Schemas) => Request
  /** Builds the response schema: validates the success payload and converts wire strings to numbers. */
  readonly response: (schemas: Schemas) => Response
}

/** Declares one endpoint as data. An identity function that keeps the literal types of the row. */
export function defineEndpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(
  endpoint: Endpoint<Name, Request, Response>,
): Endpoint<Name, Request, Response> {
  return endpoint
}

/** What a caller passes to an endpoint. */
export type EndpointInput<E extends Endpoint> = z.input<ReturnType<E['request']>>
/** What an endpoint resolves to. */
export type EndpointOutput<E extends Endpoint> = z.output<ReturnType<E['response']>>

/** An endpoint's built request and response schemas. */
export interface EndpointSchemas<E extends Endpoint = Endpoint> {
  readonly request: ReturnType<E['request']>
  readonly response: ReturnType<E['response']>
}

const built = new WeakMap<Endpoint, EndpointSchemas>()

/**
 * Loads zod and builds the shared schemas, once per process. `call()` does it on the first request; call it
 * earlier to take the ~100 ms off your first order.
 */
export const loadSchemas: () => Promise<Schemas> = loadOnce(async () => v3Schemas(await import('zod')))
const schemaLoaders = new WeakMap<(z: Z) => object, () => Promise<object>>()

/** The shared schemas a row's builders take, built once per process per builder. */
function sharedSchemasOf(endpoint: Endpoint): Promise<object> {
  const build = endpoint.schemaSet
  if (!build) return loadSchemas()
  let load = schemaLoaders.get(build)
  if (!load) {
    load = loadOnce(async () => build(await import('zod')))
    schemaLoaders.set(build, load)
  }
  return load()
}

/**
 * The zod schemas of one endpoint, built on first use and kept.
 * @example
 * ```ts
 * const { request } = await schemasOf(placeOrder)
 * request.safeParse({ exchange: 'NSE' }).success // false
 * ```
 */
export async function schemasOf<E extends Endpoint>(endpoint: E): Promise<EndpointSchemas<E>> {
  let schemas = built.get(endpoint)
  if (!schemas) {
    const shared = (await sharedSchemasOf(endpoint)) as Schemas
    schemas = { request: endpoint.request(shared), response: endpoint.response(shared) }
    built.set(endpoint, schemas)
  }
  return schemas as EndpointSchemas<E>
}
