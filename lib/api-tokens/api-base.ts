import "server-only";
// The address of this portal's API as people outside reach it, for the curl example of a new token:
// PUBLIC_URL when set, otherwise the host the page was asked on (behind the proxy's forwarded headers).
import { headers } from "next/headers";
import { env } from "../env";
import { API_BASE } from "../api/dispatch";

export async function apiBaseUrl(): Promise<string> {
  const configured = env().PUBLIC_URL;
  if (configured) return new URL(API_BASE, configured).toString();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}${API_BASE}`;
}
