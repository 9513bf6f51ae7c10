// STORAGE_URL: s3://KEY:SECRET@host:port/bucket[/prefix]?region=…&forcePathStyle=1[&tls=0]
// Key and secret are URL-encoded (a "/" in a secret is %2F). tls=0 talks plain http (a store on the
// same private network, the tests' local server); the default is https.
import { z } from "zod";

export type S3Location = {
  endpoint: string;
  bucket: string;
  /** Keys are stored under this prefix ("" or "folder/"). */
  prefix: string;
  region: string;
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
};

export function parseStorageUrl(raw: string): S3Location {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("STORAGE_URL không phải là một địa chỉ hợp lệ (s3://khóa:bí-mật@máy-chủ:cổng/bucket?region=…)");
  }
  if (url.protocol !== "s3:") throw new Error("STORAGE_URL phải bắt đầu bằng s3://");
  const [bucket, ...rest] = url.pathname.replace(/^\/+/, "").split("/").filter(Boolean);
  if (!bucket) throw new Error("STORAGE_URL thiếu tên bucket (s3://…@máy-chủ/tên-bucket)");
  if (!url.username || !url.password) throw new Error("STORAGE_URL thiếu khóa truy cập hoặc bí mật (s3://khóa:bí-mật@…)");
  const tls = url.searchParams.get("tls") !== "0";
  const host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
  return {
    endpoint: `${tls ? "https" : "http"}://${host}`,
    bucket,
    prefix: rest.length ? `${rest.join("/")}/` : "",
    region: url.searchParams.get("region") || "us-east-1",
    forcePathStyle: ["1", "true"].includes(url.searchParams.get("forcePathStyle") ?? ""),
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  };
}

/** The env check (lib/env.ts): the same parse, its message in Vietnamese. */
export const storageUrlSchema = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (!value) return;
    try {
      parseStorageUrl(value);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
    }
  });
