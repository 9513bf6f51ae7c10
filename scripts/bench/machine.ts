// What the figures were measured on.
import { readFileSync } from "node:fs";
import os from "node:os";
import { must } from "../../lib/must";
import { connect } from "../synthetic/database";

export type Machine = { cpuModel: string; cores: number; ramGiB: number; node: string; next: string; postgres: string; os: string };

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const client = await connect(databaseUrl);
  let postgres = "";
  try {
    const [row] = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows;
    postgres = must(row, "SELECT current_setting luôn trả về một dòng").v;
  } finally {
    await client.end();
  }
  const next = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? "?",
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    next,
    postgres,
    os: `${os.type()} ${os.release()}`,
  };
}
