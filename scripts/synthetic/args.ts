// Command-line options of `npm run seed:synthetic`.
import { parseArgs } from "node:util";
import { resolveToday, SCALES, type SyntheticConfig } from "./config";

export const SEED_USAGE = `Cách dùng: npm run seed:synthetic -- --provinces N --communes-per-province M --tasks-per-commune T --months K [--seed S] [--today YYYY-MM-DD] [--reset]
  Mặc định: quy mô một tỉnh (1 × 100 × 80 × 12), --seed cds, --today hôm nay.
  Cơ sở dữ liệu: DATABASE_URL, hoặc PostgreSQL nhúng trong .data/synthetic.`;

function positive(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} phải là số nguyên ≥ ${min} (nhận "${text}")`);
  return n;
}

export function parseSeedArgs(argv: string[]): { cfg: SyntheticConfig; reset: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      provinces: { type: "string" },
      "communes-per-province": { type: "string" },
      "tasks-per-commune": { type: "string" },
      months: { type: "string" },
      seed: { type: "string" },
      today: { type: "string" },
      reset: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new Error(`--today phải có dạng YYYY-MM-DD`);
  const base = SCALES.province;
  return {
    cfg: {
      provinces: positive("provinces", values.provinces, base.provinces),
      communesPerProvince: positive("communes-per-province", values["communes-per-province"], base.communesPerProvince),
      tasksPerCommune: positive("tasks-per-commune", values["tasks-per-commune"], base.tasksPerCommune, 0),
      months: positive("months", values.months, base.months),
      seed: values.seed ?? "cds",
      ...resolveToday(values.today),
    },
    reset: values.reset ?? false,
  };
}
