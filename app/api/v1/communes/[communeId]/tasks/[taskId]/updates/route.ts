import { serve } from "@/lib/api/serve";
import { listTaskUpdates } from "@/lib/api/v1/task-updates";

export const GET = serve(listTaskUpdates);
