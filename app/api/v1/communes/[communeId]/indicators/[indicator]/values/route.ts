import { serve } from "@/lib/api/serve";
import { postIndicatorValue } from "@/lib/api/v1/indicator-feed";
import { listIndicatorValues } from "@/lib/api/v1/indicators";

export const GET = serve(listIndicatorValues);
export const POST = serve(postIndicatorValue);
