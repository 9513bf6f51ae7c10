import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migration-adapter";

// `prisma generate` needs no database, but Prisma 6.19 still validates `env("DATABASE_URL")` and,
// when it is missing, silently tries to download a native engine. A placeholder keeps it local.
const url = process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder";
process.env.DATABASE_URL = url;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(url),
});
