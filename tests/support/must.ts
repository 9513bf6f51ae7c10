/**
 * An indexed value the test relies on (first row, n-th case): fails the test with a clear message when
 * the fixture does not have it, instead of a TypeError further down.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing in the test data: ${what}`);
  return value;
}
