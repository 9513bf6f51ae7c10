import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/form";
import { emailConfigured } from "@/lib/accounts/mail";
import { homePath } from "@/lib/auth/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Đăng nhập" };

/** Notes after a finished account link (?xong=kich-hoat from activation, ?xong=dat-lai from a reset). */
const NOTES: Record<string, string> = {
  "kich-hoat": "Tài khoản đã được kích hoạt. Hãy đăng nhập bằng mật khẩu vừa đặt.",
  "dat-lai": "Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu vừa đặt.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const done = (await searchParams).xong;
  const note = typeof done === "string" ? NOTES[done] : undefined;
  const user = await getCurrentUser();
  const home = user ? homePath(user) : null;
  if (home && home !== routes.login()) redirect(home);
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-800 to-brand-700">
      <main className="flex flex-1 items-center justify-center px-4 py-10">
        <div className="w-full max-w-md">
          <div className="mb-6 text-center text-white">
            <span
              aria-hidden
              className="mx-auto mb-3 grid size-14 place-items-center rounded-full bg-flag text-2xl text-yellow-300 shadow-lg"
            >
              ★
            </span>
            <h1 className="text-xl font-bold uppercase tracking-wide">Theo dõi Kế hoạch Chuyển đổi số</h1>
            <p className="mt-1 text-sm text-blue-100">Nhiệm vụ, chỉ tiêu và báo cáo thực hiện Kế hoạch 02-KH/BCĐTW của xã, phường</p>
          </div>
          <div className="rounded-xl bg-white p-6 shadow-xl sm:p-8">
            <h2 className="mb-5 text-lg font-semibold text-slate-900">Đăng nhập</h2>
            {note ? (
              <div className="mb-4">
                <Alert tone="success">{note}</Alert>
              </div>
            ) : null}
            <LoginForm />
            {emailConfigured() ? (
              <p className="mt-5 text-sm">
                <Link href={routes.forgotPassword()} className="text-brand-700 underline">
                  Quên mật khẩu?
                </Link>
              </p>
            ) : (
              <p className="mt-5 text-xs text-slate-500">
                Quên mật khẩu? Liên hệ Phòng Văn hóa - Xã hội hoặc quản trị hệ thống để được cấp lại.
              </p>
            )}
          </div>
        </div>
      </main>
      <footer className="pb-4 text-center text-xs text-blue-100">Phiên đăng nhập tự hết hạn sau 12 giờ.</footer>
    </div>
  );
}
