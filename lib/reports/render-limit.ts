// At most a few report renders at a time per app process. Rendering a DOCX is about 100 ms of
// JavaScript on the one main thread and builds the whole document in memory; with many downloads at
// once, the queue bounds how many documents are held at the same time (queued downloads wait their
// turn; they would wait for the main thread anyway). A signed report is served from its stored bytes
// and never waits here.

export function concurrencyLimit(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    // A finishing render hands its slot straight to the next in line, so the count never overshoots.
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** Shared by the report downloads of this process. */
export const limitRender = concurrencyLimit(2);
