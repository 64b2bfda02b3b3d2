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
 *
 * `Input` is what a caller passes and `Output` what the call resolves to, e.g.
 * `Endpoint<'placeOrder', PlaceOrderInput, OrderAck>`; plain `Endpoint` is any row. Both are checked both ways
 * (`in out`), so a row cannot be typed with a name that lacks a required field of its schema (`ExactRows` checks
 * the rest).
 */
export interface Endpoint<Name extends string = string, in out Input = any, in out Output = any> {
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
  readonly request: (schemas: Schemas) => z.ZodType<unknown, Input>
  /** Builds the response schema: validates the success payload and converts wire strings to numbers. */
  readonly response: (schemas: Schemas) => z.ZodType<Output, unknown>
}

/** The fields of a row besides its name and schema builders, for `define…Endpoint` functions. */
export type EndpointOptions = Omit<Endpoint, 'name' | 'request' | 'response'>

/**
 * Declares one endpoint as data. An identity function that keeps the literal name of the row and types its input
 * and output from the schemas the builders return.
 */
export function defineEndpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(
  endpoint: EndpointOptions & {
    readonly name: Name
    readonly request: (schemas: Schemas) => Request
    readonly response: (schemas: Schemas) => Response
  },
): Endpoint<Name, z.input<Request>, z.output<Response>> {
  // A zod schema's own type says what it takes and gives; the row keeps just those two types.
  return endpoint as unknown as Endpoint<Name, z.input<Request>, z.output<Response>>
}

/** What a caller passes to an endpoint. */
export type EndpointInput<E extends Endpoint> = E extends Endpoint<string, infer Input, infer _Output> ? Input : never
/** What an endpoint resolves to. */
export type EndpointOutput<E extends Endpoint> = E extends Endpoint<string, infer _Input, infer Output> ? Output : never
/** One row of a list endpoint's answer. */
export type EndpointRow<E extends Endpoint> = EndpointOutput<E> extends readonly (infer Row)[] ? Row : never

type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
/**
 * `true` when two rows take and give exactly the same types. `Endpoint`'s `in out` only checks that types are
 * assignable both ways, which lets an optional field one schema adds hide behind a name that lacks it.
 */
export type SameTypes<A extends Endpoint, B extends Endpoint> = Identical<[EndpointInput<A>, EndpointOutput<A>], [EndpointInput<B>, EndpointOutput<B>]>
/**
 * Each row as built and as exported take and give the same types: `true`, or the name of the first row that does not.
 * `type Exact = Check<ExactRows<[[typeof placeOrderRow, typeof placeOrder], …]>>` fails to type when one does not.
 */
export type ExactRows<Pairs extends readonly (readonly [Endpoint, Endpoint])[]> = Pairs extends readonly [infer First, ...infer Rest]
  ? First extends readonly [infer Built extends Endpoint, infer Exported extends Endpoint]
    ? SameTypes<Built, Exported> extends true
      ? Rest extends readonly (readonly [Endpoint, Endpoint])[] ? ExactRows<Rest> : true
      : { error: 'this row does not take or give exactly its named types'; row: Exported['name'] }
    : true
  : true

/** A compile-time check: `Check<T>` fails to type unless `T` is `true`. */
export type Check<T extends true> = T

/** An endpoint's built request and response schemas. */
export interface EndpointSchemas<E extends Endpoint = Endpoint> {
  readonly request: z.ZodType<unknown, EndpointInput<E>>
  readonly response: z.ZodType<EndpointOutput<E>, unknown>
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
