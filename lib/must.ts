/**
 * Narrows a value the code guarantees by construction (an index from the same list, a list that was
 * checked to be non-empty). If the guarantee ever breaks, this fails with a message naming what was
 * missing instead of a TypeError further on.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Lỗi nội bộ: thiếu ${what}`);
  return value;
}

/** A capture group the pattern always fills (a group that is not optional): its text. */
export function matchGroup(match: RegExpExecArray | RegExpMatchArray, index: number): string {
  return must(match[index], `nhóm ${index} của biểu thức chính quy`);
}
