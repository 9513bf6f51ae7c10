import { redirect } from "next/navigation";
import { homePath } from "@/lib/auth/navigation";
import { requireUser } from "@/lib/auth/session";

export default async function Home() {
  redirect(homePath(await requireUser()));
}
