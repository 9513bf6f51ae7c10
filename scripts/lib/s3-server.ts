// A local S3-compatible server (s3rver, in this process) with one bucket: the store shared by the
// instances of `npm run test:cluster`, and the integration tests' S3 (tests/support/s3.ts).
import S3rver from "s3rver";

export const S3_BUCKET = "cds";

/** A STORAGE_URL for the server on `port` (plain http, path-style, s3rver's fixed credentials). */
export const storageUrl = (port: number, prefix = "") =>
  `s3://S3RVER:S3RVER@127.0.0.1:${port}/${S3_BUCKET}${prefix ? `/${prefix}` : ""}?region=us-east-1&forcePathStyle=1&tls=0`;

/** Starts the server on a free port, its objects kept in `directory`. */
export async function startS3Server(directory: string): Promise<{ port: number; url: string; stop: () => Promise<void> }> {
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: S3_BUCKET }] });
  const { port } = await server.run();
  return { port, url: storageUrl(port), stop: () => server.close() };
}
