import { serve } from "@/lib/api/serve";
import { listIndicators } from "@/lib/api/v1/indicators";

export const GET = serve(listIndicators);
