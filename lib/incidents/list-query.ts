// The incident log's query string (?trang-thai=&muc-do=) read back into its filter; anything unknown
// is the default (open incidents, every severity).
import type { IncidentSeverity, IncidentStatus } from "../generated/prisma/enums";
import type { IncidentListQuery } from "../routes";
import { searchParam, type SearchParams } from "../validation/search-params";
import { INCIDENT_STATUS_LABEL, SEVERITY_LABEL } from "./labels";

export function incidentListQuery(params: SearchParams): IncidentListQuery {
  const status = searchParam(params, "trang-thai");
  const severity = searchParam(params, "muc-do");
  return {
    status: status === "all" || Object.hasOwn(INCIDENT_STATUS_LABEL, status) ? (status as IncidentStatus | "all") : "open",
    severity: Object.hasOwn(SEVERITY_LABEL, severity) ? (severity as IncidentSeverity) : undefined,
  };
}
