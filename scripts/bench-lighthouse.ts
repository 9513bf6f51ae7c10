// Lighthouse on pages of a running server, logged in as one user; prints the figures as JSON.
//   npx tsx scripts/bench-lighthouse.ts <baseUrl> <username> <password> <path> [<path>…]
// e.g. npx tsx scripts/bench-lighthouse.ts http://localhost:3000 chutich.haian 'Demo@2025' /c/<communeId>
import { lighthouseAudit, type LighthouseFigure } from "./bench/lighthouse";
import { checkPage, login } from "./bench/login";

async function main() {
  const [baseUrl, username, password, ...paths] = process.argv.slice(2);
  if (!baseUrl || !username || !password || paths.length === 0) {
    console.error("Cách dùng: npx tsx scripts/bench-lighthouse.ts <baseUrl> <username> <password> <path> [<path>…]");
    process.exit(2);
  }
  const base = baseUrl.replace(/\/$/, "");
  const cookie = await login(base, username, password);
  const figures: LighthouseFigure[] = [];
  for (const path of paths) {
    await checkPage(base, path, { cookie });
    console.error(`▶ Lighthouse ${path}…`);
    figures.push(await lighthouseAudit(base, path, cookie));
  }
  console.log(JSON.stringify(figures, null, 2));
}

main().catch((err) => {
  console.error("✖", err instanceof Error ? err.message : err);
  process.exit(1);
});
