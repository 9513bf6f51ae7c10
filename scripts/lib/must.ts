// With noUncheckedIndexedAccess every index read is `T | undefined`, even where the value exists by
// construction (the one row of an aggregate query, the median of a non-empty list). `must` states
// such an invariant where it is used and, should it ever break, fails at once with the reason
// instead of letting `undefined` surface later as an unrelated TypeError.
export function must<T>(value: T | undefined, why: string): T {
  if (value === undefined) throw new Error(`Lỗi nội bộ: ${why}`);
  return value;
}
