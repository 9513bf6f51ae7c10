"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The bell's <details>: it opens without JavaScript, and closes when a message's link is followed. */
export function BellMenu({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="relative">
      {children}
    </details>
  );
}
