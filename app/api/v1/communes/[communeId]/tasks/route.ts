import { serve } from "@/lib/api/serve";
import { listTasks } from "@/lib/api/v1/tasks";

export const GET = serve(listTasks);
