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
import { Readable } from "node:stream";
import { isIdShaped } from "../ids";
import type { ObjectStore, StoredObject } from "./types";
import type { S3Location } from "./url";

const PART_BYTES = 5 * 1024 * 1024;

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
        Body: body,
        ContentType: opts?.contentType ?? "application/octet-stream",
        ...(opts?.size !== undefined ? { ContentLength: opts.size } : {}),
      },
      queueSize: 1,
      partSize: PART_BYTES,
      leavePartsOnError: false, // a failed multipart upload is aborted: no parts left to pay for
    });
    // A body that fails (a refused or broken upload) must abort the transfer, not leave it waiting.
    const failed = new Promise<never>((_, reject) => body.once("error", reject));
    failed.catch(() => upload.abort().catch(() => {}));
    await Promise.race([upload.done(), failed]);
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
