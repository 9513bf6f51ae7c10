// Where a commune's webhook may point. The address is typed by a commune's standing office, and the
// portal posts to it from inside the deployment: a private, loopback or link-local address would let
// a commune reach the server's own neighbourhood (server-side request forgery). Such addresses are
// refused unless the server's operator lists them in WEBHOOK_ALLOWED_IPS (a bridge on the same
// machine: "127.0.0.1"). Literal addresses are refused when the address is saved; names are checked
// on every send, on the addresses they resolve to at connection time (request-filtering-agent), so a
// name that later resolves inside is refused too.
import type { Agent } from "node:http";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { inAddressList, trustedProxies } from "../../auth/client-address";

/** Whether the operator's list (the same syntax as TRUSTED_PROXIES) holds the address. */
function allowedByList(address: string, allowed: string[]): boolean {
  return inAddressList(trustedProxies(allowed), ipaddr.process(address).toString());
}

/** An address the portal does not post to by default: anything but public unicast. */
function isInside(address: string): boolean {
  return ipaddr.parse(address).range() !== "unicast";
}

/**
 * Why a webhook address may not be saved, or null. Only what the address itself says is judged here
 * (an IP literal, "localhost"): names are resolved when a message is sent.
 */
export function webhookAddressProblem(url: string, allowed: string[]): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const literal = host === "localhost" ? "127.0.0.1" : isIP(host) ? host : null;
  if (!literal || !isInside(literal) || allowedByList(literal, allowed)) return null;
  return insideMessage(literal);
}

const insideMessage = (address: string) =>
  `Địa chỉ webhook trỏ vào chính máy chủ hoặc mạng nội bộ (${address}): hệ thống không gửi tới đó. ` +
  "Nếu đây là cầu nối đặt trong mạng của đơn vị, quản trị máy chủ thêm địa chỉ này vào WEBHOOK_ALLOWED_IPS.";

/** The agent a webhook POST goes through: it refuses inside addresses at connection time. */
export function webhookAgent(url: string, allowed: string[]): Agent {
  const options = { allowIPAddressList: allowed, keepAlive: false };
  return url.startsWith("https:") ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
}

/** The agent's refusal ("DNS lookup 10.0.0.5(family:4, host:…) is not allowed…") in the outbox's words. */
export function describeRefusal(err: unknown): string | null {
  const m = err instanceof Error ? /^DNS lookup (\S+?)\(.*is not allowed/.exec(err.message) : null;
  return m ? insideMessage(m[1]!) : null;
}
