import { serve } from "@/lib/api/serve";
import { getKpiPacket } from "@/lib/api/v1/kpi-packet";

export const GET = serve(getKpiPacket);
