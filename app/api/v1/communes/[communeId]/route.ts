import { serve } from "@/lib/api/serve";
import { getCommune } from "@/lib/api/v1/communes";

export const GET = serve(getCommune);
