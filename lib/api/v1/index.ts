// Every operation of API v1, in the order openapi.json lists them. An endpoint missing here has no
// documentation, no dispatch in tests and fails tests/unit/api-routes.test.ts (its route file).
import type { AnyEndpoint } from "../endpoint";
import { getCommune, listCommunes } from "./communes";
import { postIndicatorValue } from "./indicator-feed";
import { listIndicators, listIndicatorValues } from "./indicators";
import { getKpiPacket } from "./kpi-packet";
import { listPlans } from "./plans";
import { getProvinceSummary } from "./province-summary";
import { getReportFile, listReports } from "./reports";
import { listTasks } from "./tasks";
import { listTaskUpdates } from "./task-updates";

export const ENDPOINTS: readonly AnyEndpoint[] = [
  listCommunes,
  getCommune,
  listPlans,
  listTasks,
  listTaskUpdates,
  listIndicators,
  listIndicatorValues,
  postIndicatorValue,
  getKpiPacket,
  listReports,
  getReportFile,
  getProvinceSummary,
];
