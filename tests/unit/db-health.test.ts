import { describe, expect, it } from "vitest";
import { isConnectionError } from "@/lib/db-health";

// Shapes seen in `npm run test:reliability` when PostgreSQL was stopped under load.
describe("isConnectionError", () => {
  it("recognises a lost database however the driver reports it", () => {
    const cases: unknown[] = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      Object.assign(new Error(""), { code: "P1001" }),
      Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } }),
      new Error("wrapped", { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) }),
      new Error("Client has encountered a connection error and is not queryable"),
      new Error("the database system is shutting down"),
      new Error("Connection terminated unexpectedly"),
    ];
    expect(cases.map((c) => isConnectionError(c))).toEqual(cases.map(() => true));
  });

  it("leaves every other error to the normal mapping", () => {
    const cases: unknown[] = [
      Object.assign(new Error("Unique constraint failed"), { code: "P2002" }),
      Object.assign(new Error("invalid byte sequence"), { code: "22021" }),
      new Error("disk full after upload"),
      null,
      "ECONNREFUSED",
    ];
    expect(cases.map((c) => isConnectionError(c))).toEqual(cases.map(() => false));
  });
});
