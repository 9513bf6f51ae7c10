// COPY TO STDOUT / COPY FROM STDIN through `pg` without another dependency: `client.query()` accepts
// any object with `submit(connection)`, and the client hands that object the protocol messages of
// its query (the same hook pg-copy-streams uses). Both directions stream with back-pressure.
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type pg from "pg";

/** The parts of pg's (untyped) Connection that the COPY sub-protocol needs. */
type CopyConnection = {
  stream: NodeJS.ReadWriteStream & { writableNeedDrain?: boolean };
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
};

/** "COPY 42" → 42 */
function copiedRows(commandText: string): number {
  const n = Number(commandText.split(" ")[1]);
  if (!Number.isFinite(n)) throw new Error(`Phản hồi COPY không đọc được: ${commandText}`);
  return n;
}

/** Base: settles a promise on ReadyForQuery (success) or ErrorResponse (failure). */
abstract class CopyQuery {
  rows = -1;
  readonly done: Promise<number>;
  protected resolve!: (rows: number) => void;
  protected reject!: (err: Error) => void;
  protected failure: Error | null = null;

  constructor(protected readonly text: string) {
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: unknown) {
    (connection as CopyConnection).query(this.text);
  }
  handleCommandComplete(msg: { text: string }) {
    this.rows = copiedRows(msg.text);
  }
  handleReadyForQuery() {
    if (this.failure) this.reject(this.failure);
    else this.resolve(this.rows);
  }
  handleError(err: Error) {
    // A local cause (a source stream that failed) explains more than the server's "COPY failed".
    this.reject(this.failure ?? err);
  }
  handleCopyInResponse(connection: unknown) {
    (connection as CopyConnection).sendCopyFail("COPY FROM không được hỗ trợ ở đây");
  }
  handleCopyData(_msg: { chunk: Buffer }, _connection: unknown) {}
  // Messages a COPY never produces, present so that the client never calls a missing method.
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
}

const BATCH = 64 * 1024;

/**
 * COPY … TO STDOUT into `sink` (left open: the caller ends it). Each row arrives as its own message
 * in a buffer that pg's parser may reuse, so rows are copied into 64 KB batches before writing.
 * `onData` sees every batch (for hashing). Resolves with the number of rows the server reported.
 */
class CopyOut extends CopyQuery {
  private batch = Buffer.allocUnsafe(BATCH);
  private used = 0;
  private connection: CopyConnection | null = null;
  private paused = false;

  constructor(
    text: string,
    private readonly sink: Writable,
    private readonly onData: (chunk: Buffer) => void,
  ) {
    super(text);
  }

  submit(connection: unknown) {
    this.connection = connection as CopyConnection;
    super.submit(connection);
  }

  private write(chunk: Buffer) {
    this.onData(chunk);
    if (!this.sink.write(chunk) && !this.paused && this.connection) {
      // Stop reading the socket until the sink drains: memory stays flat whatever the table's size.
      this.paused = true;
      this.connection.stream.pause();
      this.sink.once("drain", () => {
        this.paused = false;
        this.connection?.stream.resume();
      });
    }
  }

  private flush() {
    if (this.used === 0) return;
    this.write(Buffer.from(this.batch.subarray(0, this.used)));
    this.used = 0;
  }

  handleCopyData(msg: { chunk: Buffer }) {
    const row = msg.chunk;
    if (row.length > BATCH - this.used) this.flush();
    if (row.length >= BATCH) this.write(Buffer.from(row));
    else {
      row.copy(this.batch, this.used);
      this.used += row.length;
    }
  }

  handleCommandComplete(msg: { text: string }) {
    this.flush();
    super.handleCommandComplete(msg);
  }
}

/** COPY … FROM STDIN fed from `source`; resolves with the number of rows loaded. */
class CopyIn extends CopyQuery {
  constructor(
    text: string,
    private readonly source: Readable,
  ) {
    super(text);
  }

  handleCopyInResponse(connection: unknown) {
    void this.pump(connection as CopyConnection);
  }

  private async pump(connection: CopyConnection) {
    try {
      for await (const chunk of this.source) {
        if (this.stopped) return;
        connection.sendCopyFromChunk(chunk as Buffer);
        if (connection.stream.writableNeedDrain) await once(connection.stream, "drain");
      }
      if (!this.stopped) connection.endCopyFrom();
    } catch (err) {
      if (this.stopped) return; // the server refused first; it drops whatever else is sent
      this.failure = err instanceof Error ? err : new Error(String(err));
      connection.sendCopyFail(this.failure.message);
    }
  }

  private stopped = false;

  handleError(err: Error) {
    this.stopped = true;
    this.source.destroy();
    super.handleError(err);
  }
}

/** Streams `COPY <what> TO STDOUT` into `sink`, calling `onData` for each chunk; returns the row count. */
export async function copyOut(client: pg.ClientBase, what: string, sink: Writable, onData: (chunk: Buffer) => void): Promise<number> {
  const q = new CopyOut(`COPY ${what} TO STDOUT`, sink, onData);
  client.query(q);
  const rows = await q.done;
  // The socket may still be paused for the sink: a stream being ended emits no "drain", so wait for
  // it here, before the caller ends the sink (and so that the next query finds the socket reading).
  if (sink.writableNeedDrain) await once(sink, "drain");
  return rows;
}

/** Streams `source` into `COPY <what> FROM STDIN`; returns the row count. */
export function copyIn(client: pg.ClientBase, what: string, source: Readable): Promise<number> {
  const q = new CopyIn(`COPY ${what} FROM STDIN`, source);
  client.query(q);
  return q.done;
}
