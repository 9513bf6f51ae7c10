import { serve } from "@/lib/api/serve";
import { getProvinceSummary } from "@/lib/api/v1/province-summary";

export const GET = serve(getProvinceSummary);
