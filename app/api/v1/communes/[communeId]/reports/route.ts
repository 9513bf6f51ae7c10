import { serve } from "@/lib/api/serve";
import { listReports } from "@/lib/api/v1/reports";

export const GET = serve(listReports);
