import { serve } from "@/lib/api/serve";
import { getReportFile } from "@/lib/api/v1/reports";

export const GET = serve(getReportFile);
