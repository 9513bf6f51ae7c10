// The frame of the public account pages (activation, forgotten password): the login page's look.
import Link from "next/link";
import { routes } from "@/lib/routes";

export function PublicCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-800 to-brand-700">
      <main className="flex flex-1 items-center justify-center px-4 py-10">
        <div className="w-full max-w-md">
          <div className="mb-6 text-center text-white">
            <h1 className="text-xl font-bold uppercase tracking-wide">Theo dõi Kế hoạch Chuyển đổi số</h1>
          </div>
          <div className="rounded-xl bg-white p-6 shadow-xl sm:p-8">
            <h2 className="mb-5 text-lg font-semibold text-slate-900">{title}</h2>
            {children}
            <p className="mt-5 text-sm">
              <Link href={routes.login()} className="text-brand-700 underline">
                Về trang đăng nhập
              </Link>
            </p>
          </div>
        </div>
      </main>
    </div>
  );
}
