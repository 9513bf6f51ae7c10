// A real S3-compatible server for tests (s3rver, in this process, files in a temp folder), and a
// "failing" address in front of it: a TCP proxy that cuts the connection once an upload's body
// (PutObject or UploadPart) has passed a given number of bytes, as a network or a store that dies
// mid-upload would.
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { S3Store } from "@/lib/storage/s3";
import { parseStorageUrl } from "@/lib/storage/url";
import { S3_BUCKET, startS3Server, storageUrl } from "@/scripts/lib/s3-server";

export { S3_BUCKET, storageUrl };

export type TestS3 = {
  /** A STORAGE_URL for the server (plain http, path-style). */
  url: string;
  store: S3Store;
  port: number;
  /** A STORAGE_URL through a proxy that cuts every upload after `afterBytes` bytes of its body. */
  failing(afterBytes: number): Promise<{ url: string; store: S3Store; stop: () => Promise<void> }>;
  stop(): Promise<void>;
};

export async function startS3(opts: { prefix?: string } = {}): Promise<TestS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "cds-s3-"));
  const server = await startS3Server(directory);
  const { port } = server;
  const url = storageUrl(port, opts.prefix);
  const proxies: (() => Promise<void>)[] = [];
  let stopped = false;
  return {
    url,
    port,
    store: new S3Store(parseStorageUrl(url)),
    async failing(afterBytes) {
      const proxy = await cuttingProxy(port, afterBytes);
      proxies.push(proxy.stop);
      const failingUrl = storageUrl(proxy.port, opts.prefix);
      return { url: failingUrl, store: new S3Store(parseStorageUrl(failingUrl)), stop: proxy.stop };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(proxies.map((p) => p()));
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Forwards connections to `targetPort`. Once more than `afterBytes` bytes of upload bodies (PUT:
 * PutObject, UploadPart) went through, it destroys both sockets of any request sending more;
 * other requests (HEAD, GET, the multipart create/complete/abort) pass untouched, so that the
 * client can still clean up through the same address.
 */
async function cuttingProxy(targetPort: number, afterBytes: number): Promise<{ port: number; stop: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  // Counted over every connection: the SDK's retries of a part fail too, as against a dead store.
  let sent = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.on("error", cut);
    upstream.on("error", cut);
    upstream.pipe(client);
    // Reads the request stream: headers, then the body byte count of each PUT (keep-alive carries
    // several requests; bodies are sent with Content-Length by the SDK, or chunked, counted as is).
    let head = Buffer.alloc(0);
    let bodyLeft = 0;
    let counting = false;
    client.on("data", (chunk: Buffer) => {
      let rest = chunk;
      while (rest.length) {
        if (bodyLeft > 0) {
          const take = Math.min(bodyLeft, rest.length);
          if (counting && sent + take > afterBytes) {
            upstream.write(rest.subarray(0, Math.max(0, afterBytes - sent)));
            cut();
            return;
          }
          sent += counting ? take : 0;
          bodyLeft -= take;
          upstream.write(rest.subarray(0, take));
          rest = rest.subarray(take);
          continue;
        }
        head = Buffer.concat([head, rest]);
        const end = head.indexOf("\r\n\r\n");
        if (end < 0) return;
        const headers = head.subarray(0, end).toString("latin1");
        upstream.write(head.subarray(0, end + 4));
        rest = head.subarray(end + 4);
        head = Buffer.alloc(0);
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(headers)?.[1] ?? 0);
        const chunked = /\r\ntransfer-encoding:\s*chunked/i.test(headers);
        counting = headers.startsWith("PUT ");
        // A chunked body has no length up front: everything after the head counts as body.
        bodyLeft = chunked ? Number.MAX_SAFE_INTEGER : length;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
