import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Theo dõi Kế hoạch Chuyển đổi số", template: "%s · Theo dõi KH Chuyển đổi số" },
  description: "Theo dõi nhiệm vụ, chỉ tiêu và báo cáo thực hiện Kế hoạch chuyển đổi số của xã, phường",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
