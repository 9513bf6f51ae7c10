// An S3-compatible bucket (AWS S3, MinIO, Ceph, a provider's object storage) through the AWS SDK.
// Uploads are multipart streams of 5 MB parts, one part in flight: an upload holds ~5 MB of memory
// whatever the file's size. Checksums are sent only where the API requires them, as most
// S3-compatible stores do not accept the SDK's newer default trailers.
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { pipeline, Readable, Transform } from "node:stream";
import { isIdShaped } from "../ids";
import type { ObjectStore, StoredObject } from "./types";
import type { S3Location } from "./url";

const PART_BYTES = 5 * 1024 * 1024;

/** Passes the bytes through and fails at the end when their count differs from `size`. */
function sizeCheck(size: number | undefined): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      cb(size === undefined || seen === size ? null : new Error(`stored size ${seen} differs from the declared size ${size}`));
    },
  });
}

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err instanceof NoSuchKey || err instanceof NotFound || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

export class S3Store implements ObjectStore {
  readonly kind = "s3" as const;
  readonly client: S3Client;

  constructor(readonly location: S3Location) {
    this.client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      forcePathStyle: location.forcePathStyle,
      credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      maxAttempts: 3,
    });
  }

  describe() {
    return `s3://${new URL(this.location.endpoint).host}/${this.location.bucket}${this.location.prefix ? `/${this.location.prefix}` : ""}`;
  }

  private keyOf(key: string): string {
    if (!isIdShaped(key)) throw new Error("invalid stored-file key");
    return this.location.prefix + key;
  }

  async put(key: string, body: Readable, opts?: { contentType?: string; size?: number }): Promise<void> {
    if (await this.stat(key)) throw new Error(`object ${key} exists`); // never overwrite evidence
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.location.bucket,
        Key: this.keyOf(key),
        // A body shorter or longer than declared fails as it ends, before the last part is sent.
        // pipeline() passes the body's own error on (the upload then fails and is aborted).
        Body: pipeline(body, sizeCheck(opts?.size), () => {}),
        ContentType: opts?.contentType ?? "application/octet-stream",
      },
      queueSize: 1,
      partSize: PART_BYTES,
      leavePartsOnError: false, // a failed multipart upload is aborted: no parts left to pay for
    });
    try {
      // done() settles only after a failed multipart upload was aborted (AbortMultipartUpload sent).
      await upload.done();
    } catch (err) {
      // Some S3-compatible servers keep what arrived of a cut PutObject: the key was free before
      // this put (checked above, ids are never reused), so whatever is under it now is ours to drop.
      await this.remove([key]).catch(() => {});
      throw err;
    }
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
      return out.Body as Readable;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
      return { key, size: out.ContentLength ?? 0, modifiedAt: out.LastModified ?? new Date(0) };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async remove(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000).map((k) => ({ Key: this.keyOf(k) }));
      if (batch.length === 0) continue;
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.location.bucket, Delete: { Objects: batch, Quiet: true } }));
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: this.location.prefix || undefined, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const key = (o.Key ?? "").slice(this.location.prefix.length);
        if (isIdShaped(key)) yield { key, size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async ping(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
  }
}

/** Reads a whole small object (tests, checks); files for users are always streamed. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of Readable.from(stream)) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}
