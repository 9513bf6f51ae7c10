// The ✓/✗ lines of the cluster run, and whether any failed.

export type Checks = {
  pass: (what: string) => void;
  fail: (what: string) => void;
  expect: (ok: boolean, what: string) => boolean;
  failures: () => number;
};

export function checks(): Checks {
  let failed = 0;
  const pass = (what: string) => console.log(`  ✓ ${what}`);
  const fail = (what: string) => {
    failed++;
    console.log(`  ✗ ${what}`);
  };
  return {
    pass,
    fail,
    expect: (ok, what) => {
      (ok ? pass : fail)(what);
      return ok;
    },
    failures: () => failed,
  };
}
