import "server-only";
// A draft's DOCX/XLSX is rendered from its row alone (documentOf: the compiled figures, the heading,
// the signer), so the same document always gives the same file. Renderings are kept by the SHA-256
// of the document and the format: an unchanged draft downloaded again (the chair, the office, the
// API, a reload) is served at once, concurrent downloads of it share one rendering, and an edited
// or recompiled draft is a new key, so nothing is ever served stale and nothing needs invalidating.
// Bounded by bytes (least recently used go first); a signed report never comes here (its file is stored).
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { ReportDocument } from "./types";
import { renderReportDocx } from "./docx";
import type { ExportFormat } from "./export";
import { limitRender } from "./render-limit";
import { renderReportXlsx } from "./xlsx";

/** A draft file is 20–200 kB: this keeps a few hundred of them. */
const MAX_BYTES = 32 * 1024 * 1024;

type Job = { doc: ReportDocument; format: ExportFormat };

function newCache() {
  return new LRUCache<string, Uint8Array, Job>({
    maxSize: MAX_BYTES,
    sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
    fetchMethod: async (_key, _stale, { context }) =>
      new Uint8Array(await limitRender(() => (context.format === "docx" ? renderReportDocx(context.doc) : renderReportXlsx(context.doc)))),
  });
}

const globalForDrafts = globalThis as unknown as { draftRenders?: ReturnType<typeof newCache> };

/** The draft's file, from the cache or rendered now (at most a few renders at a time per process). */
export async function renderDraft(doc: ReportDocument, format: ExportFormat): Promise<Uint8Array> {
  const cache = (globalForDrafts.draftRenders ??= newCache());
  const key = `${format}:${createHash("sha256").update(JSON.stringify(doc)).digest("hex")}`;
  const bytes = await cache.fetch(key, { context: { doc, format } });
  if (!bytes) throw new Error("report rendering gave no file");
  return bytes.slice(); // a copy: whatever the caller does with its body, the kept bytes stay whole
}
