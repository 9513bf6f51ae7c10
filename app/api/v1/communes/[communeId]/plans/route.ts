import { serve } from "@/lib/api/serve";
import { listPlans } from "@/lib/api/v1/plans";

export const GET = serve(listPlans);
