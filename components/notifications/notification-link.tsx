"use client";
// A message's link, in the bell and on the list page: following it also marks the message read (the
// person has seen it), without holding up the navigation.
import Link from "next/link";
import { useTransition } from "react";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

export function NotificationLink({
  id,
  href,
  unread,
  className,
  children,
}: {
  id: string;
  href: string;
  unread: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  const [, startTransition] = useTransition();
  function markRead() {
    if (!unread) return;
    const form = new FormData();
    form.set("notificationId", id);
    // A failure only leaves the message unread; the page the person asked for matters more.
    startTransition(async () => {
      await markNotificationsReadAction(null, form).catch(() => null);
    });
  }
  return (
    <Link href={href} className={className} onClick={markRead}>
      {children}
    </Link>
  );
}
