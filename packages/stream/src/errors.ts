import { FirstockError } from '@firstock/core'

/**
 * An order-update iterator fell further behind than its buffer (`orderBufferSize`) allows. Order updates are
 * never dropped, so the iterator ends with this error (after the updates it holds) instead of growing without
 * bound; open a new `orders()` iterator and reconcile with `orderBook()`.
 */
export class StreamConsumerTooSlowError extends FirstockError {
  override readonly name: string = 'StreamConsumerTooSlowError'
  /** The buffer size that was exceeded. */
  readonly bufferSize: number

  constructor(bufferSize: number) {
    super(
      `stream: the order-update consumer fell ${bufferSize} updates behind; the iterator ended so that no update ` +
        'is dropped silently. Read orders() faster (or raise orderBufferSize) and reconcile with orderBook()',
      { code: 'STREAM_CONSUMER_TOO_SLOW', endpoint: 'stream' },
    )
    this.bufferSize = bufferSize
  }
}
