"use client";
import { useRouter } from "next/navigation";
import { routes } from "@/lib/routes";

/**
 * Signs out through next-auth's REST endpoints (the CSRF token, then POST /api/auth/signout), which
 * is all `signOut` from next-auth/react does here: importing that client library put 12 kB (gzip) of
 * JavaScript on every page for one button.
 */
async function endSession() {
  const { csrfToken } = (await (await fetch(routes.auth("csrf"))).json()) as { csrfToken: string };
  await fetch(routes.auth("signout"), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: routes.login(), json: "true" }),
  });
}

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={() =>
        void endSession().finally(() => {
          // Whatever happened, go to the login page (it shows whether the session is still open);
          // refresh drops the pages of the session kept by the client router.
          router.replace(routes.login());
          router.refresh();
        })
      }
      className="rounded-md border border-white/30 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
    >
      Đăng xuất
    </button>
  );
}
