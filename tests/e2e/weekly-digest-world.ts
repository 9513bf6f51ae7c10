// Run by tests/e2e/weekly-digest.spec.ts in its own Node process (`--conditions react-server`: the
// digest reads the dashboard's server-only queries): the chair's weekly digest rule for Hải An, now,
// through the scheduler, whatever the weekday (its slot forced to this week). A rerun finds the week's
// JobRun and writes nothing. Prints the chair's digest notification id.
import { periodContaining } from "@/lib/indicators/periods";
import { localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { chairWeeklyDigest } from "@/lib/jobs/rules/chair-digest";
import { runScheduled } from "@/lib/jobs/schedule";

async function main() {
  const db = getDb();
  const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
  const week = periodContaining(localDateKey(new Date()), "WEEKLY").key;
  await runScheduled({ communeIds: [commune.id], rules: [{ ...chairWeeklyDigest, slot: () => week }] });
  const chair = await db.user.findUniqueOrThrow({ where: { username: "chutich.haian" } });
  const n = await db.notification.findFirstOrThrow({
    where: { userId: chair.id, kind: "CHAIR_WEEKLY_DIGEST" },
    orderBy: { createdAt: "desc" },
  });
  process.stdout.write(JSON.stringify({ communeId: commune.id, notificationId: n.id, title: n.title }));
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
