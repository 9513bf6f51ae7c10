import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { PublicCard } from "@/components/accounts/public-card";
import { Alert } from "@/components/ui/form";
import { emailConfigured } from "@/lib/accounts/mail";

export const metadata: Metadata = { title: "Quên mật khẩu" };
// Whether e-mail is set up is read at request time (the environment of the running server).
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <PublicCard title="Quên mật khẩu">
      {emailConfigured() ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Nhập tên đăng nhập hoặc địa chỉ thư của tài khoản. Nếu tài khoản có địa chỉ thư, hệ thống gửi tới đó một liên kết đặt lại mật
            khẩu, dùng được một lần trong 30 phút.
          </p>
          <ForgotPasswordForm />
        </div>
      ) : (
        <Alert tone="info">
          Hệ thống chưa cấu hình gửi thư điện tử nên không tự đặt lại mật khẩu được. Vui lòng liên hệ Văn phòng HĐND và UBND xã, phường hoặc
          quản trị hệ thống để được cấp lại mật khẩu.
        </Alert>
      )}
    </PublicCard>
  );
}
