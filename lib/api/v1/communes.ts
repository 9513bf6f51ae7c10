// GET /communes and /communes/{communeId}: the communes the token's owner may see (its own commune,
// its province's communes, or every commune for an admin).
import { z } from "zod";
import { readableCommunes, type Viewer } from "../../auth/permissions";
import type { Prisma } from "../../generated/prisma/client";
import { defineEndpoint } from "../endpoint";
import { keysetArgs, pageQuerySchema, pageSchema, toPage } from "../pagination";
import { communeParams, instant } from "./common";

export const communeSchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ example: "Phường Tân An" }),
    kind: z.enum(["xa", "phuong"]).meta({ description: "xa = xã, phuong = phường." }),
    provinceId: z.string(),
    provinceName: z.string(),
    updatedAt: instant,
  })
  .meta({ id: "Commune" });

type CommuneRow = { id: string; name: string; kind: string; provinceId: string | null; parent: { name: string } | null; updatedAt: Date };

const toCommune = (c: CommuneRow): z.input<typeof communeSchema> => ({
  id: c.id,
  name: c.name,
  kind: c.kind === "WARD" ? "phuong" : "xa",
  provinceId: c.provinceId ?? "",
  provinceName: c.parent?.name ?? "",
  updatedAt: c.updatedAt.toISOString(),
});

/** The communes a viewer may read (readableCommunes) as a where-clause. */
export function visibleCommunes(v: Viewer): Prisma.UnitWhereInput {
  const communes: Prisma.UnitWhereInput = { kind: { in: ["COMMUNE", "WARD"] }, provinceId: { not: null } };
  const scope = readableCommunes(v);
  if (!scope) return { id: "-" };
  if ("all" in scope) return communes;
  if ("provinceId" in scope) return { ...communes, provinceId: scope.provinceId };
  return { ...communes, id: scope.communeId };
}

const select = { id: true, name: true, kind: true, provinceId: true, parent: { select: { name: true } }, updatedAt: true } as const;

export const listCommunes = defineEndpoint({
  id: "listCommunes",
  method: "GET",
  path: "/communes",
  summary: "Danh sách xã, phường",
  description: "Các xã, phường mà khóa kết nối được xem: xã của chính tài khoản, các xã của tỉnh (tài khoản tỉnh) hoặc tất cả (quản trị).",
  tag: "Xã, phường",
  query: pageQuerySchema,
  response: pageSchema(communeSchema, "CommunePage"),
  csv: {
    fileName: "xa-phuong.csv",
    columns: [
      { header: "Mã", value: (c) => c.id },
      { header: "Tên", value: (c) => c.name },
      { header: "Loại", value: (c) => (c.kind === "phuong" ? "Phường" : "Xã") },
      { header: "Tỉnh, thành phố", value: (c) => c.provinceName },
    ],
  },
  handler: async ({ db, caller, query }) => {
    const rows = await db.unit.findMany({ ...keysetArgs(query, visibleCommunes(caller.viewer)), select });
    const page = toPage(rows, query.limit);
    return { body: { data: page.data.map(toCommune), nextCursor: page.nextCursor } };
  },
});

export const getCommune = defineEndpoint({
  id: "getCommune",
  method: "GET",
  path: "/communes/{communeId}",
  summary: "Thông tin một xã, phường",
  tag: "Xã, phường",
  params: communeParams,
  response: communeSchema,
  handler: async ({ db, commune }) => {
    const row = await db.unit.findUniqueOrThrow({ where: { id: commune!.communeId }, select });
    return { body: toCommune(row) };
  },
});
