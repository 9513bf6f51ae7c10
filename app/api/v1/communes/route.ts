import { serve } from "@/lib/api/serve";
import { listCommunes } from "@/lib/api/v1/communes";

export const GET = serve(listCommunes);
