"use client";

// Unexpected errors: a friendly message and the digest the server logged, never the raw error.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <h1 className="text-lg font-semibold">Đã xảy ra lỗi khi tải trang</h1>
      <p className="mt-2 text-sm text-slate-600">
        Vui lòng thử lại. Nếu lỗi lặp lại, hãy báo quản trị hệ thống{error.digest ? ` kèm mã lỗi ${error.digest}` : ""}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-5 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Thử lại
      </button>
    </main>
  );
}
