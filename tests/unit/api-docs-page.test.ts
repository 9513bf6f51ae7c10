// The API reference page (/api/v1/docs) rendered from the real openapi.json: every operation is on it,
// it loads nothing from elsewhere and runs no script, and the document's text is escaped.
import { describe, expect, it } from "vitest";
import { esc, renderDocsPage, type OpenApiDoc } from "@/lib/api/docs-page";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const doc = buildOpenApiDocument() as OpenApiDoc;
const html = renderDocsPage(doc);
const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);

describe("API reference page", () => {
  it("has operations to show", () => expect(operations.length).toBeGreaterThan(0));

  it.each(operations.map((o) => [o.op.operationId!, o] as const))("shows %s: its method, path, summary and a curl example", (id, o) => {
    expect(html).toContain(`id="${esc(id)}"`);
    expect(html).toContain(esc(o.op.summary!));
    expect(html).toContain(`<code>${esc(`/api/v1${o.path}`)}</code>`);
    const section = html.slice(html.indexOf(`id="${esc(id)}"`));
    expect(section.slice(0, section.indexOf("</section>"))).toContain("curl");
  });

  it("lists the fields of a response schema resolved through $ref", () => {
    // listCommunes answers a CommunePage whose data are Commune objects (two $refs away).
    expect(html).toContain("<code>nextCursor</code>");
    expect(html).toContain("<code>provinceName</code>");
  });

  it("runs no script and loads nothing from another site", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)\s*=\s*"?(https?:)?\/\//i);
  });

  it("escapes the document's text", () => {
    const hostile: OpenApiDoc = {
      info: { title: "A & B", version: "1" },
      paths: {
        "/x": {
          get: { operationId: "x", summary: '<img src=x onerror="alert(1)">', description: "<script>alert(1)</script>", tags: ["<b>"] },
        },
      },
    };
    const out = renderDocsPage(hostile);
    expect(out).not.toContain("<script>alert");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<b>\u003c");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("A &amp; B");
  });
});
