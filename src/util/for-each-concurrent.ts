/**
 * Runs `work` on every item with at most `concurrency` running at once. Items are pulled
 * lazily from the (async) iterable, so a streamed input is read only as fast as it is
 * worked through. After the first failure, or once `stop()` returns true, no new item
 * is started; the ones running are awaited, then the first failure is thrown.
 */
export async function forEachConcurrent<T>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  work: (item: T) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  const iterator: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let failed = false;
  let failure: unknown;
  let exhausted = false;
  // Reading the iterator is serialised: an async generator queues concurrent next()
  // calls anyway, but a hand-written async iterator might not.
  let reading: Promise<unknown> = Promise.resolve();
  const next = (): Promise<IteratorResult<T>> => {
    const result = reading.then(() => iterator.next());
    reading = result.catch(() => undefined);
    return result;
  };
  const worker = async () => {
    while (!failed && !exhausted && !stop()) {
      let step: IteratorResult<T>;
      try {
        step = await next();
      } catch (error) {
        if (!failed) [failed, failure] = [true, error];
        return;
      }
      if (step.done) {
        exhausted = true;
        return;
      }
      if (failed || stop()) return;
      try {
        await work(step.value);
      } catch (error) {
        if (!failed) [failed, failure] = [true, error];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (!exhausted) await iterator.return?.();
  if (failed) throw failure;
}
