// The KPI data packet as XML: the JSON packet written element for element (same names, same order),
// in the namespace KPI_PACKET_NS. A list's items are elements named by the list's singular
// ("indicators" → "indicator"); null is an empty element with xsi:nil="true". Everything is escaped, so
// a name with "<" or "&" stays text.
export const KPI_PACKET_NS = "urn:cds:kpi-packet:1";
export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** The singular of each list in the packet (there is only one). */
const ITEM_NAME: Record<string, string> = { indicators: "indicator" };

function escapeXml(text: string): string {
  // XML 1.0 cannot carry most control characters even escaped: they are dropped.
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
  return clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function element(name: string, value: unknown, indent: string): string {
  if (value === null || value === undefined) return `${indent}<${name} xsi:nil="true"/>`;
  if (Array.isArray(value)) {
    const item = ITEM_NAME[name] ?? "item";
    const inner = value.map((v) => element(item, v, `${indent}  `)).join("\n");
    return value.length ? `${indent}<${name}>\n${inner}\n${indent}</${name}>` : `${indent}<${name}/>`;
  }
  if (typeof value === "object") {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v, `${indent}  `))
      .join("\n");
    return `${indent}<${name}>\n${inner}\n${indent}</${name}>`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The packet (the JSON body) as an XML document with root element <kpiPacket>. */
export function kpiPacketXml(packet: Record<string, unknown>): string {
  const body = Object.entries(packet)
    .map(([k, v]) => element(k, v, "  "))
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kpiPacket xmlns="${KPI_PACKET_NS}" xmlns:xsi="${XSI_NS}">\n${body}\n</kpiPacket>\n`;
}
