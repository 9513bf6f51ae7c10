// STORAGE_URL parsing: what an operator writes becomes the S3 client's settings, and a wrong
// address is refused at start-up with a Vietnamese message that says what is missing.
import { describe, expect, it } from "vitest";
import { parseStorageUrl, storageUrlSchema } from "@/lib/storage/url";

describe("parseStorageUrl", () => {
  it("reads key, secret, host, port, bucket, prefix and options", () => {
    expect(parseStorageUrl("s3://AK%2B1:se%2Fcret@minio.local:9000/cds/ho-so/2026?region=ap-southeast-1&forcePathStyle=1&tls=0")).toEqual({
      endpoint: "http://minio.local:9000",
      bucket: "cds",
      prefix: "ho-so/2026/",
      region: "ap-southeast-1",
      forcePathStyle: true,
      accessKeyId: "AK+1",
      secretAccessKey: "se/cret",
    });
  });

  it("defaults to https, us-east-1, virtual-host style and no prefix", () => {
    expect(parseStorageUrl("s3://k:s@s3.example.vn/bucket")).toMatchObject({
      endpoint: "https://s3.example.vn",
      region: "us-east-1",
      forcePathStyle: false,
      prefix: "",
    });
    expect(parseStorageUrl("s3://k:s@h/b?forcePathStyle=true").forcePathStyle).toBe(true);
  });

  it.each([
    ["not a url", /không phải là một địa chỉ hợp lệ/],
    ["https://k:s@host/bucket", /phải bắt đầu bằng s3:\/\//],
    ["s3://k:s@host", /thiếu tên bucket/],
    ["s3://k:s@host/", /thiếu tên bucket/],
    ["s3://host/bucket", /thiếu khóa truy cập hoặc bí mật/],
    ["s3://key@host/bucket", /thiếu khóa truy cập hoặc bí mật/],
  ])("refuses %s in Vietnamese", (raw, message) => {
    expect(() => parseStorageUrl(raw)).toThrow(message);
    const parsed = storageUrlSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });

  it("the env check accepts an absent or valid value", () => {
    expect(storageUrlSchema.safeParse(undefined).success).toBe(true);
    expect(storageUrlSchema.safeParse("").success).toBe(true);
    expect(storageUrlSchema.safeParse("s3://k:s@h:1/b?tls=0").success).toBe(true);
  });
});
