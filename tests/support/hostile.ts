// fast-check arbitraries for hostile input: what a tampered request, a careless paste or a broken
// client can send to a schema or a server action. Used by the property tests of issue 9.
import fc from "fast-check";

/** About 1 MB each, built once (building them per run would dominate the test time). */
export const HUGE_STRINGS = [
  "a".repeat(1 << 20),
  "Ệ".repeat(1 << 19),
  " ".repeat(1 << 20),
  "9".repeat(1 << 20),
  "<script>alert(1)</script>".repeat(40_000),
  "\u0301".repeat(1 << 19),
  `${" ".repeat(1 << 19)}x${" ".repeat(1 << 19)}`,
];
export const hugeString = fc.constantFrom(...HUGE_STRINGS);

export const HTML_STRINGS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(document.cookie)>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "<iframe src=//evil.example></iframe>",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}#{7*7}<%= 7*7 %>",
  "&lt;b&gt;&amp;&#0;&#x0;",
];
export const html = fc.constantFrom(...HTML_STRINGS);

export const SQL_STRINGS = [
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  "1 OR 1=1",
  "admin'--",
  "1; SELECT pg_sleep(10)",
  "%' AND 1=1 --",
  "\\'; DELETE FROM \"Task\" WHERE '1'='1",
  "$1::text",
  "E'\\x00'",
];
export const sql = fc.constantFrom(...SQL_STRINGS);

export const INVALID_DATES = [
  "2025-02-30",
  "2025-02-29",
  "31/13/2025",
  "30/02/2025",
  "2025-13-01",
  "2025-00-10",
  "2025-12-32",
  "0000-00-00",
  "2025-2-3",
  "1999-12-31",
  "2101-01-01",
  "9999-12-31",
  "+275760-09-13",
  "2025-01-01T00:00:00Z",
  "2025-01-01\u0000",
  "２０２５-０１-０１",
  "Invalid Date",
  "NaN",
  "tomorrow",
];
export const invalidDate = fc.oneof(
  fc.constantFrom(...INVALID_DATES),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Date(8.64e15)),
  fc.date({ noInvalidDate: false }),
);

export const BAD_NUMBERS = [
  -1,
  -0,
  Number.NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  5e-324,
  0.1 + 0.2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e12,
];
export const BAD_NUMERIC_STRINGS = [
  "-1",
  "-0",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e308",
  "1e-400",
  "0x10",
  "1_000",
  "1,5",
  "1.234.567,8",
  "+5",
  ".5",
  "5.",
  "١٢",
  "３",
  "2147483648",
  "3000000000",
  "9007199254740993",
  "999999999999999",
  "999999999999.99999",
  "0.000000000000000000001",
  "12abc",
  " ",
];
export const badNumber = fc.oneof(
  fc.constantFrom(...BAD_NUMBERS),
  fc.constantFrom(...BAD_NUMERIC_STRINGS),
  fc.double(),
  fc.bigInt(),
  fc.integer().map(String),
);

/** One-character troublemakers, alone or inside otherwise normal text. */
export const UNICODE_PIECES = [
  "\uD800", // lone high surrogate
  "\uDFFF", // lone low surrogate
  "\uDC00\uD800", // surrogates in the wrong order
  "\u202E", // right-to-left override
  "\u2066\u2069", // bidi isolates
  "\u200B", // zero-width space
  "\u200D", // zero-width joiner
  "\uFEFF", // BOM
  "\u0000", // NUL
  "\u0007\u001B[31m", // bell, ANSI escape
  "\u2028\u2029", // line and paragraph separators
  "\uFFFE\uFFFF", // non-characters
  "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308", // stacked combining marks
  "Ha\u0309i An", // Vietnamese in NFD
  "👨‍👩‍👧‍👦🇻🇳",
  "\u{1F600}",
  "ﷺ",
  "\r\n\r",
  "\t",
];
export const unicodeEdge = fc.oneof(
  fc.constantFrom(...UNICODE_PIECES),
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...UNICODE_PIECES), fc.string({ maxLength: 20 })).map(([a, b, c]) => a + b + c),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

/** An object (or array) nested `depth` levels deep, built without recursion. */
export function nested(depth: number, kind: "object" | "array" = "object"): unknown {
  let v: unknown = kind === "object" ? { x: "bottom" } : ["bottom"];
  for (let i = 0; i < depth; i++) v = kind === "object" ? { a: v } : [v];
  return v;
}
export const deeplyNested = fc
  .tuple(fc.integer({ min: 1000, max: 5000 }), fc.constantFrom("object" as const, "array" as const))
  .map(([d, k]) => nested(d, k));
/** The same, as JSON text: "[[[[…]]]]" for fields that hold JSON. */
export const deeplyNestedJson = fc.integer({ min: 1000, max: 100_000 }).map((d) => "[".repeat(d) + "]".repeat(d));

export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "then",
  "__defineGetter__",
];

/** An object whose own keys are the dangerous ones (as JSON.parse would build it). */
export const prototypeObject = fc
  .subarray(PROTOTYPE_KEYS, { minLength: 1 })
  .map((keys) => JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, { polluted: true, isAdmin: true }])))) as unknown);

/** Values of the wrong type for almost any field. */
export const wrongType = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, 1, -1, "", [], {}, [[]], [""], [null], { length: 1e9 }),
  fc.constantFrom(new Date(), new Map([["a", 1]]), new Set([1]), /x/g, new Uint8Array(4), new ArrayBuffer(8), Symbol("x")),
  fc.constantFrom(() => "x", new String("x"), new Number(1), new Boolean(true), Object.create(null) as unknown),
  fc.bigInt(),
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
);

/** Text a person might type but that is built to cause trouble (fits most free-text fields). */
export const hostileText = fc.oneof(html, sql, unicodeEdge, fc.string({ maxLength: 60 }));

/** Everything above, for a field of any type. */
export const hostileValue = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: hugeString },
  { weight: 3, arbitrary: wrongType },
  { weight: 2, arbitrary: invalidDate },
  { weight: 2, arbitrary: badNumber },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: prototypeObject },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 5 }) },
);

/** A file as an upload field gives it: hostile names and contents. */
export const hostileFile = fc
  .record({
    name: fc.oneof(
      fc.constantFrom(
        "../../etc/passwd",
        "..\\..\\boot.ini",
        "CON",
        "a\u0000.pdf",
        "x".repeat(10_000) + ".pdf",
        ".docx",
        "",
        "\u202Efdp.exe",
      ),
      fc.constantFrom(...HTML_STRINGS, ...SQL_STRINGS).map((s) => `${s}.pdf`),
      unicodeEdge.map((s) => `${s}.docx`),
    ),
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.uint8Array({ maxLength: 1024 }).map((b) => new Uint8Array([0x25, 0x50, 0x44, 0x46, ...b])), // "%PDF" then noise
      fc.uint8Array({ maxLength: 1024 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])), // a ZIP header then noise
      hostileText.map((s) => new TextEncoder().encode(s)),
    ),
    type: fc.constantFrom("application/pdf", "text/html", "", "application/x-msdownload", "image/svg+xml"),
  })
  .map(({ name, bytes, type }) => new File([new Uint8Array(bytes)], name, { type }));

export type Mutation =
  | { kind: "replace"; field: string; value: unknown; input: Record<string, unknown> }
  | { kind: "remove"; field: string; input: Record<string, unknown> }
  | { kind: "extra"; keys: string[]; input: Record<string, unknown> };

/** Only these fields are targeted (defaults to every field of the valid input). */
type MutateOptions = { fields?: string[]; values?: fc.Arbitrary<unknown> };

/**
 * A valid input with one field replaced by a hostile value (or removed), or with unknown fields
 * added (dangerous keys among them). `input` is a fresh object each time: safe to hand on.
 */
export function mutateOne(valid: Record<string, unknown>, options: MutateOptions = {}): fc.Arbitrary<Mutation> {
  const fields = options.fields ?? Object.keys(valid);
  const values = options.values ?? hostileValue;
  const extra = fc
    .tuple(fc.array(hostileText, { minLength: 1, maxLength: 4 }), fc.subarray(PROTOTYPE_KEYS), fc.oneof(prototypeObject, hostileValue))
    .map(([names, protoKeys, value]): Mutation => {
      const keys = [...new Set([...names.map((n) => `x${n}`), ...protoKeys])].filter((k) => !Object.hasOwn(valid, k));
      const input: Record<string, unknown> = { ...valid };
      // defineProperty: "__proto__" becomes an own key, as JSON.parse or a form decoder would make it.
      for (const k of keys) Object.defineProperty(input, k, { value, enumerable: true, writable: true, configurable: true });
      return { kind: "extra", keys, input };
    });
  if (fields.length === 0) return extra;
  const replace = fc
    .tuple(fc.constantFrom(...fields), values)
    .map(([field, value]): Mutation => ({ kind: "replace", field, value, input: { ...valid, [field]: value } }));
  const remove = fc.constantFrom(...fields).map((field): Mutation => {
    const input = { ...valid };
    delete input[field];
    return { kind: "remove", field, input };
  });
  return fc.oneof({ weight: 7, arbitrary: replace }, { weight: 1, arbitrary: remove }, { weight: 2, arbitrary: extra });
}

/** The same mutation applied to another valid input of the same shape (fresh ids, current versions). */
export function reapply(m: Mutation, valid: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...valid };
  if (m.kind === "replace") input[m.field] = m.value;
  else if (m.kind === "remove") delete input[m.field];
  else for (const k of m.keys) Object.defineProperty(input, k, { value: m.input[k], enumerable: true, writable: true, configurable: true });
  return input;
}

/** Short text for test output: hostile values can be a megabyte long or not printable. */
export function describeValue(v: unknown): string {
  try {
    if (typeof v === "string") return v.length > 80 ? `${JSON.stringify(v.slice(0, 60))}… (${v.length} chars)` : JSON.stringify(v);
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "symbol" || typeof v === "function") return String(v);
    if (v instanceof File) return `File(${JSON.stringify(v.name.slice(0, 60))}, ${v.size} bytes)`;
    const s = JSON.stringify(v);
    if (s === undefined) return String(v);
    return s.length > 200 ? `${s.slice(0, 200)}… (${s.length} chars)` : s;
  } catch {
    return Object.prototype.toString.call(v);
  }
}
