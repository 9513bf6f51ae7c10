// Checks an answer of API v1 against openapi.json (the document the server publishes, generated from
// the endpoints' zod schemas): the status is one the operation declares, the content type is one it
// declares for that status, and a JSON body validates against the declared schema (JSON Schema
// 2020-12, ajv). Used on every answer of the access matrix and the contract test.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { buildOpenApiDocument } from "@/lib/api/openapi";

type MediaType = { schema?: unknown };
type Operation = { responses: Record<string, { content?: Record<string, MediaType> }> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas?: Record<string, unknown> } };

const doc = buildOpenApiDocument() as unknown as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// Components are added once under the document's own $id, so "#/components/schemas/X" resolves.
ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");

const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    // Refs point at "#/components/...": rewrite them to the registered document.
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
    v = ajv.compile(rewritten);
    compiled.set(key, v);
  }
  return v;
}

export type Answer = { status: number; headers: Headers; text: string };

/** Problems with `answer` as an answer of `method pathTemplate` (empty when it conforms). */
export function contractProblems(method: string, pathTemplate: string, answer: Answer): string[] {
  const op = doc.paths[pathTemplate]?.[method.toLowerCase()];
  if (!op) return [`${method} ${pathTemplate} is not in openapi.json`];
  const declared = op.responses[String(answer.status)];
  if (!declared) return [`status ${answer.status} is not declared (declared: ${Object.keys(op.responses).join(", ")})`];
  if (answer.status === 304) return answer.text === "" ? [] : ["a 304 has a body"];
  const type = (answer.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = declared.content?.[type];
  if (!media)
    return [`content type ${type} is not declared for ${answer.status} (declared: ${Object.keys(declared.content ?? {}).join(", ")})`];
  if (!/json$/.test(type) || !media.schema) return [];
  const validate = validatorFor(`${method} ${pathTemplate} ${answer.status} ${type}`, media.schema);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return ["body is not JSON"];
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`);
}

export const OPENAPI_PATHS = Object.keys(doc.paths);
