// Numbers in the commands' Vietnamese progress lines.
export const count = (n: number) => n.toLocaleString("vi-VN");

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} ${units[i]}`;
}

export const seconds = (ms: number) => `${(ms / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} giây`;

/** A refusal or failure the commands print as is (Vietnamese, for the person running them). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
