"use server";
// Server actions of the incident log's forms. Each refreshes the incident's pages (the commune's log
// and the incident) and the province's list, which shows escalated incidents.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { attachToIncident, commentOnIncident, moveIncident, reportIncident } from "./commands";

const incidentPages = (input: { communeId: string }) => routes.commune(input.communeId).incidents();

export const reportIncidentAction = formAction(reportIncident, { arrays: ["files", "uploadIds"], revalidate: incidentPages });

export const moveIncidentAction = formAction(moveIncident, { revalidate: incidentPages });

export const commentOnIncidentAction = formAction(commentOnIncident, { revalidate: incidentPages });

export const attachToIncidentAction = formAction(attachToIncident, { arrays: ["files", "uploadIds"], revalidate: incidentPages });
