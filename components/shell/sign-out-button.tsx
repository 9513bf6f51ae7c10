"use client";

/**
 * Signs out through next-auth's REST endpoints (the CSRF token, then POST /api/auth/signout), which
 * is all `signOut` from next-auth/react does here: importing that client library put 12 kB (gzip) of
 * JavaScript on every page for one button.
 */
async function signOut() {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
    });
  } finally {
    // Whatever happened, a full load of the login page: no cached page of the session stays in the
    // client router, and the login page shows whether the session is still open.
    window.location.assign(`${window.location.origin}/login`);
  }
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      className="rounded-md border border-white/30 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
    >
      Đăng xuất
    </button>
  );
}
