import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionId, actionResult } from "@/scripts/bench/mutation";

describe("calling server actions from the benchmark", () => {
  it("finds an action's id by its export and file, also when the build ran from a copy of the sources", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-"));
    await mkdir(path.join(dir, ".next", "server"), { recursive: true });
    const manifest = {
      node: {
        aaa: { exportedName: "submitTaskUpdateAction", filename: ".data/bench-app/lib/tasks/actions.ts" },
        bbb: { exportedName: "submitTaskUpdateAction", filename: ".data/bench-app/lib/other/actions.ts" },
        ccc: { exportedName: "createReportDraftAction", filename: "lib/reports/actions.ts" },
      },
    };
    await writeFile(path.join(dir, ".next", "server", "server-reference-manifest.json"), JSON.stringify(manifest));
    expect(await actionId(dir, "submitTaskUpdateAction", "lib/tasks/actions.ts")).toBe("aaa");
    expect(await actionId(dir, "createReportDraftAction", "lib/reports/actions.ts")).toBe("ccc");
    await expect(actionId(dir, "missingAction", "lib/tasks/actions.ts")).rejects.toThrow(/missingAction/);
  });

  it("reads the action's own result out of the RSC answer, not a version number from the page tree", () => {
    const answer = [
      '0:{"a":"$@1","f":"","b":"x"}',
      '1:{"ok":true,"data":{"updateId":"u1","version":7}}',
      '2:["$","input",null,{"name":"version","value":6}]',
    ].join("\n");
    expect(actionResult(answer)).toEqual({ ok: true, data: { updateId: "u1", version: 7 } });
    expect(actionResult('1:{"ok":false,"code":"CONFLICT","message":"Nhiệm vụ vừa được thay đổi"}')).toMatchObject({
      ok: false,
      message: "Nhiệm vụ vừa được thay đổi",
    });
    expect(actionResult("0:{}\n2:[]")).toBeNull();
  });
});
