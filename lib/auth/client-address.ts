// The address a request came from, as the per-address login limit counts it. X-Forwarded-For is
// written by whoever sends the request, so it is believed only when the request's TCP peer is one
// of the proxies listed in TRUSTED_PROXIES; otherwise the peer's own address is the answer.
//
// Route handlers do not see the socket: `next start` copies the peer into X-Forwarded-For only when
// the client sent none. So the instrumentation hook (stampPeerAddress, below) writes the peer into
// PEER_HEADER of every request before Next.js reads it, replacing any value a client sent.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP, type Socket } from "node:net";

export const PEER_HEADER = "x-cds-peer-address";

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) → "10.0.0.1"; anything not an IP → null. */
function normalize(address: string | undefined): string | null {
  const a = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return a && isIP(a) ? a : null;
}

/** TRUSTED_PROXIES entries: addresses ("10.0.0.2", "::1") or ranges ("10.0.0.0/8"). Throws on a bad entry. */
export function trustedProxies(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const ip = normalize(address);
    if (!ip || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) throw new Error(`địa chỉ không hợp lệ: ${entry}`);
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return list;
}

/** Whether `ip` (an address, not a range) is in a list made by trustedProxies(). */
export const inAddressList = (list: BlockList, ip: string) => list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");

type HeaderBag = Record<string, string | string[] | undefined>;
const header = (headers: HeaderBag, name: string) => {
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
};

/**
 * The client's address: the peer, or, when the peer is a trusted proxy, the nearest address in
 * X-Forwarded-For that is not itself a trusted proxy (each proxy appends what it saw; entries to
 * the left of the last untrusted one were written by the client and prove nothing).
 * "unknown" when the hook did not run (never behind `next start`; see instrumentation.ts).
 */
export function clientAddress(headers: HeaderBag, trusted: BlockList): string {
  const peer = normalize(header(headers, PEER_HEADER));
  if (!peer) return "unknown";
  if (!inAddressList(trusted, peer)) return peer;
  const hops = (header(headers, "x-forwarded-for") ?? "").split(",").reverse();
  for (const hop of hops) {
    const ip = normalize(hop);
    if (!ip) break; // malformed: not written by a proxy of ours
    if (!inAddressList(trusted, ip)) return ip;
  }
  return peer;
}

/** Instrumentation hook: stamps each incoming request with its TCP peer (Node's own HTTP channel). */
export function stampPeerAddress() {
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
}
