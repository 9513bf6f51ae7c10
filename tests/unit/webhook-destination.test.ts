// The save-time rule of a webhook address (lib/notifications/channels/destination.ts): inside
// addresses are refused unless the operator's WEBHOOK_ALLOWED_IPS lists them (an address or a range).
import { describe, expect, it } from "vitest";
import { describeRefusal, webhookAddressProblem } from "@/lib/notifications/channels/destination";

describe("webhookAddressProblem", () => {
  it.each([
    ["https://hook.example.vn/cds", []],
    ["https://8.8.8.8/hook", []],
    ["https://[2001:4860:4860::8888]/hook", []],
    ["http://127.0.0.1:8787/hook", ["127.0.0.1"]],
    ["http://localhost:8787/hook", ["127.0.0.1"]],
    ["https://10.2.3.4/hook", ["10.0.0.0/8"]],
    ["https://[::1]/hook", ["::1"]],
    ["https://bridge.internal.vn/hook", []], // a name: judged when sent, on what it resolves to
  ])("accepts %s when allowed is %j", (url, allowed) => {
    expect(webhookAddressProblem(url, allowed)).toBeNull();
  });

  it.each([
    ["http://127.0.0.2:8787/hook", ["127.0.0.1"]],
    ["https://10.2.3.4/hook", ["192.168.0.0/16"]],
    ["https://172.16.0.9/hook", []],
    ["https://[fe80::1]/hook", ["::1"]],
  ])("refuses %s when allowed is %j", (url, allowed) => {
    expect(webhookAddressProblem(url, allowed)).toMatch(/trỏ vào chính máy chủ hoặc mạng nội bộ/);
  });
});

describe("describeRefusal", () => {
  it("names the refused address in Vietnamese, and leaves other errors alone", () => {
    const refused = new Error("DNS lookup 10.0.0.5(family:4, host:bridge.internal.vn) is not allowed. Because, It is private IP address.");
    expect(describeRefusal(refused)).toMatch(/mạng nội bộ \(10\.0\.0\.5\)/);
    expect(describeRefusal(new Error("connect ECONNREFUSED 203.0.113.9:443"))).toBeNull();
  });
});
