// A local S3-compatible server (s3rver) for the cluster run: the one bucket both instances share.
// (tests/support/s3.ts may hold a similar starter for the integration tests; this one stays here so
// that `npm run test:cluster` does not depend on the test tree.) s3rver has no type declarations:
// the little of it used here is typed below.
import { createRequire } from "node:module";

type S3rverServer = { run(): Promise<{ port: number }>; close(): Promise<void> };
type S3rverOptions = { port: number; address: string; silent: boolean; directory: string; configureBuckets: { name: string }[] };
const S3rver = createRequire(import.meta.url)("s3rver") as new (opts: S3rverOptions) => S3rverServer;

/** Starts the server on a free port with the bucket "cds"; its STORAGE_URL (s3rver's fixed credentials). */
export async function startS3(directory: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: "cds" }] });
  const { port } = await server.run();
  return {
    url: `s3://S3RVER:S3RVER@127.0.0.1:${port}/cds?region=us-east-1&forcePathStyle=1&tls=0`,
    stop: () => server.close(),
  };
}
