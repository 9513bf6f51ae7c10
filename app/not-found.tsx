import Link from "next/link";
import { routes } from "@/lib/routes";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-3 text-lg font-semibold">Không tìm thấy trang hoặc bạn không có quyền truy cập</h1>
      <p className="mt-2 text-sm text-slate-600">Đường dẫn không tồn tại, hoặc dữ liệu thuộc xã/phường khác.</p>
      <Link href={routes.home()} className="mt-5 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Về trang chính
      </Link>
    </main>
  );
}
