import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A user's role is read in one room, lib/auth/permissions.ts (issue 17, move 1): elsewhere a page or
// command comparing `role` with a Role literal is a permission that the matrix test cannot see.
// Tests, scripts and the seed build users of every role, so they may name roles freely. TaskUnit
// roles ("LEAD", "SUPPORT") are not user roles and are not matched.
const USER_ROLE = "/^(ADMIN|PROVINCE|CHAIR|COORDINATOR|UNIT_STAFF)$/";
const IS_ROLE = (side) =>
  `:matches([${side}.type='MemberExpression'][${side}.property.name='role'], [${side}.type='Identifier'][${side}.name='role'])`;
const ROLE_MESSAGE =
  "Do not test a user's role here: name the rule as a check in lib/auth/permissions.ts (e.g. canSubmitForSignature) and call it, so the permission matrix test covers it.";
const roleTests = [
  `BinaryExpression[operator=/^(===|!==)$/]${IS_ROLE("left")}[right.type='Literal'][right.value=${USER_ROLE}]`,
  `BinaryExpression[operator=/^(===|!==)$/]${IS_ROLE("right")}[left.type='Literal'][left.value=${USER_ROLE}]`,
  // ["ADMIN", "COORDINATOR"].includes(user.role) and switch (user.role) { case "ADMIN": … } are the same test.
  `CallExpression[callee.property.name='includes'][callee.object.type='ArrayExpression']:has(Literal[value=${USER_ROLE}])${IS_ROLE("arguments.0")}`,
  `SwitchStatement${IS_ROLE("discriminant")} > SwitchCase[test.value=${USER_ROLE}]`,
].map((selector) => ({ selector, message: ROLE_MESSAGE }));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: ["lib/auth/**", "tests/**", "scripts/**", "prisma/**"],
    rules: { "no-restricted-syntax": ["error", ...roleTests] },
  },
];

export default config;
