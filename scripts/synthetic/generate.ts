// The whole synthetic country, in batches of communes so that a national data set (3,300 communes,
// millions of reports) never sits in memory at once. Batching does not change a single row: each
// province and commune draws from its own random stream.
import { must } from "../../lib/must";
import { generateCommune } from "./commune";
import { provinceTag, type SyntheticConfig } from "./config";
import { createRng } from "./prng";
import { appendRows, emptyRows, type TableRows } from "./rows";
import { localInstant, monthStart, addDays } from "./time";

/** The province units, their read-only accounts and one system administrator. */
export function generateProvinces(cfg: SyntheticConfig, passwordHash: string): { rows: TableRows; provinceIds: string[] } {
  const rows = emptyRows();
  const at = localInstant(addDays(monthStart(cfg.today, -cfg.months), -30), 8 * 60).toISOString();
  const account = {
    email: null,
    passwordHash,
    active: true,
    createdAt: at,
    updatedAt: at,
    communeId: null,
    unitId: null,
  };
  rows.User.push({
    ...account,
    id: createRng(`${cfg.seed}/admin`).id(),
    username: "admin",
    fullName: "Quản trị hệ thống",
    role: "ADMIN",
    provinceId: null,
  });
  const provinceIds = Array.from({ length: cfg.provinces }, (_, p) => {
    const rng = createRng(`${cfg.seed}/province/${p}`);
    const id = rng.id();
    const name = `Tỉnh Tổng hợp ${provinceTag(p).slice(1)}`;
    rows.Unit.push({
      id,
      name,
      shortName: null,
      kind: "PROVINCE",
      parentId: null,
      provinceId: null,
      communeId: null,
      sortOrder: p,
      active: true,
      createdAt: at,
      updatedAt: at,
    });
    rows.User.push({
      ...account,
      id: rng.id(),
      username: `tinh.${provinceTag(p)}`,
      fullName: `Sở Khoa học và Công nghệ ${name}`,
      role: "PROVINCE",
      provinceId: id,
    });
    return id;
  });
  return { rows, provinceIds };
}

/** Rows of `batchSize` communes at a time, in province order. */
export function* communeBatches(
  cfg: SyntheticConfig,
  provinceIds: string[],
  passwordHash: string,
  batchSize: number,
): Generator<{ rows: TableRows; communes: number }> {
  let rows = emptyRows();
  let inBatch = 0;
  for (let p = 0; p < cfg.provinces; p++) {
    const provinceId = must(provinceIds[p], `thiếu mã tỉnh thứ ${p + 1}`);
    for (let c = 0; c < cfg.communesPerProvince; c++) {
      appendRows(rows, generateCommune({ cfg, provinceIndex: p, communeIndex: c, provinceId, passwordHash }));
      if (++inBatch === batchSize) {
        yield { rows, communes: inBatch };
        rows = emptyRows();
        inBatch = 0;
      }
    }
  }
  if (inBatch > 0) yield { rows, communes: inBatch };
}
