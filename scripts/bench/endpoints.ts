// The pages the benchmark measures: one line each. `as` is the account that opens the page (its
// role decides what the page shows); `path` builds the URL from the ids of the measured commune.
// Budgets: latency at 10 connections on province scale; first-load JavaScript (gzip) everywhere.
import type { Scale } from "../synthetic/config";

export type Account = "province" | "chair" | "coordinator" | "staff";

/** Ids of the commune being measured (commune s001) and of its pages; the report is a draft the bench compiles. */
export type BenchIds = {
  communeId: string;
  planId: string;
  taskId: string;
  reportId: string;
  /** The commune's province, its synthetic province plan and that plan's first task (scripts/synthetic/province-plan.ts). */
  provinceId: string;
  provincePlanId: string;
  provinceTaskId: string;
};

export type Endpoint = {
  key: string;
  label: string;
  /** The Next.js route, as the build lists it. */
  route: string;
  as: Account;
  /** API v1 operations are called with a Bearer token of `as` (made by the bench), pages with its session. */
  auth?: "token";
  path: (ids: BenchIds) => string;
  /** p95 at `budgetConnections` (default BUDGET_CONNECTIONS) connections on BUDGET_SCALE data, in milliseconds. */
  p95BudgetMs?: number;
  /** Least requests/s as a share of the trivial route's (TRIVIAL) in the same run and connections. */
  minTrivialRatio?: number;
  /** Connections the budget is judged at, measured in addition to the run's own list when absent from it. */
  budgetConnections?: number;
  /** First-load JavaScript, gzip, kB (1 kB = 1000 bytes); absent for downloads (not a page). */
  jsBudgetKb?: number;
  /** Audited with Lighthouse (mobile): the pages the issue names. */
  lighthouse?: true;
};

/** Lighthouse targets (mobile, simulated throttling). */
export const LIGHTHOUSE_TARGETS = { performance: 90, accessibility: 95 } as const;

export const BUDGET_CONNECTIONS = 10;
export const BUDGET_SCALE: Scale = "province";

export const ENDPOINTS: readonly Endpoint[] = [
  {
    key: "dashboard",
    label: "Tổng quan xã (Chủ tịch)",
    route: "/c/[communeId]",
    as: "chair",
    path: (i) => `/c/${i.communeId}`,
    p95BudgetMs: 150,
    minTrivialRatio: 0.5,
    jsBudgetKb: 250,
    lighthouse: true,
  },
  {
    key: "province",
    label: "Các xã, phường (cấp tỉnh)",
    route: "/xa-phuong",
    as: "province",
    path: () => "/xa-phuong",
    p95BudgetMs: 500,
    jsBudgetKb: 170,
  },
  {
    key: "my-tasks",
    label: "Nhiệm vụ của tôi (cán bộ đơn vị)",
    route: "/c/[communeId]/nhiem-vu",
    as: "staff",
    path: (i) => `/c/${i.communeId}/nhiem-vu`,
    jsBudgetKb: 170,
    lighthouse: true,
  },
  {
    key: "plan",
    label: "Kế hoạch (Chủ tịch)",
    route: "/c/[communeId]/ke-hoach/[planId]",
    as: "chair",
    path: (i) => `/c/${i.communeId}/ke-hoach/${i.planId}`,
    p95BudgetMs: 300,
    jsBudgetKb: 170,
  },
  {
    key: "task",
    label: "Chi tiết nhiệm vụ (cán bộ chủ trì)",
    route: "/c/[communeId]/nhiem-vu/[taskId]",
    as: "staff",
    path: (i) => `/c/${i.communeId}/nhiem-vu/${i.taskId}`,
    jsBudgetKb: 170,
  },
  // The roll-up of the province plan (100 communes × 40 tasks, 2 KPIs): the province view's budget.
  {
    key: "province-rollup",
    label: "Kế hoạch của tỉnh: tổng hợp theo nhiệm vụ",
    route: "/tinh/[provinceId]/ke-hoach/[planId]/tong-hop",
    as: "province",
    path: (i) => `/tinh/${i.provinceId}/ke-hoach/${i.provincePlanId}/tong-hop`,
    p95BudgetMs: 500,
    jsBudgetKb: 170,
  },
  {
    key: "province-rollup-task",
    label: "Kế hoạch của tỉnh: một nhiệm vụ theo từng xã",
    route: "/tinh/[provinceId]/ke-hoach/[planId]/tong-hop/[taskId]",
    as: "province",
    path: (i) => `/tinh/${i.provinceId}/ke-hoach/${i.provincePlanId}/tong-hop/${i.provinceTaskId}`,
    p95BudgetMs: 500,
    jsBudgetKb: 170,
  },
  // A draft report, unchanged during the run: the first request renders it, the others get the
  // rendering kept by content (lib/reports/draft-render.ts). A signed one is served from its stored bytes.
  {
    key: "report-docx",
    label: "Tải báo cáo DOCX (dự thảo không đổi, bản đã dựng)",
    route: "/c/[communeId]/bao-cao/[reportId]/tep/docx",
    as: "coordinator",
    path: (i) => `/c/${i.communeId}/bao-cao/${i.reportId}/tep/docx`,
    // "Exports in under 1 s": one person pressing "Tải DOCX"; the loaded figures are shown beside it.
    p95BudgetMs: 1000,
    budgetConnections: 1,
  },
  {
    key: "report-xlsx",
    label: "Tải báo cáo XLSX (dự thảo không đổi, bản đã dựng)",
    route: "/c/[communeId]/bao-cao/[reportId]/tep/xlsx",
    as: "coordinator",
    path: (i) => `/c/${i.communeId}/bao-cao/${i.reportId}/tep/xlsx`,
    budgetConnections: 1,
  },
  // API v1 (issue 21): what a source system or the province's monitoring system reads.
  {
    key: "api-tasks",
    label: "API v1: nhiệm vụ của một xã (trang đầu, 50 dòng)",
    route: "/api/v1/communes/[communeId]/tasks",
    as: "coordinator",
    auth: "token",
    path: (i) => `/api/v1/communes/${i.communeId}/tasks`,
    p95BudgetMs: 100,
  },
  {
    key: "api-province-summary",
    label: "API v1: số liệu các xã của tỉnh",
    route: "/api/v1/provinces/[provinceId]/summary",
    as: "province",
    auth: "token",
    path: (i) => `/api/v1/provinces/${i.provinceId}/summary`,
    p95BudgetMs: 300,
  },
];

/**
 * The framework's own speed on this machine: a route handler that does nothing (no session, no
 * database), measured in the same run and at the same connections as the pages. A page's
 * requests/s divided by this one's ("× trivial") is what the targets are written in, and
 * it stays comparable between machines and between runs on a busy machine.
 */
export const TRIVIAL = {
  key: "trivial",
  label: "Đường dẫn tối thiểu (không phiên, không cơ sở dữ liệu)",
  route: "/api/health",
  path: () => "/api/health",
} as const;

/** The task update, measured with its own loop (scripts/bench/mutation.ts), not autocannon. */
export const TASK_UPDATE = {
  key: "task-update",
  label: "Cập nhật tiến độ nhiệm vụ (server action, mỗi kết nối một nhiệm vụ)",
  route: "POST /c/[communeId]/nhiem-vu/[taskId]",
  p95BudgetMs: 200,
} as const;
