// Which side a user acts for on an incident: the commune's (the centre, the standing office) or the
// province support team's (escalated incidents only); null for anyone else (read only).
import { canHandleEscalatedIncident, canHandleIncident, type IncidentScope, type Viewer } from "../auth/permissions";
import type { IncidentSide } from "./states";

export function sideOf(v: Viewer, scope: IncidentScope): IncidentSide | null {
  if (canHandleIncident(v, scope)) return "commune";
  if (canHandleEscalatedIncident(v, scope)) return "province";
  return null;
}
