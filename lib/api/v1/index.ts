// Every operation of API v1, in the order openapi.json lists them. An endpoint missing here has no
// documentation, no dispatch in tests and fails tests/unit/api-routes.test.ts (its route file).
import type { AnyEndpoint } from "../endpoint";
import { getCommune, listCommunes } from "./communes";
import { getProvinceSummary } from "./province-summary";
import { getReportFile, listReports } from "./reports";

export const ENDPOINTS: readonly AnyEndpoint[] = [listCommunes, getCommune, listReports, getReportFile, getProvinceSummary];
