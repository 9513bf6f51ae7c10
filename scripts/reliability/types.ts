export type Check = (name: string, ok: boolean, detail: string) => void;
export type Log = (line: string) => void;
