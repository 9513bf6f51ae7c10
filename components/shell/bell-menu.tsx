"use client";
// The bell's popover (react-aria): opens on click, Enter or Space; closes on Esc, on a click outside
// and when a message's link is followed, and gives focus back to the bell. The list of messages is
// rendered on the server and passed in as children.
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Button, Dialog, DialogTrigger, Popover } from "react-aria-components";

export function BellMenu({ label, badge, children }: { label: string; badge: React.ReactNode; children: React.ReactNode }) {
  const pathname = usePathname();
  // Open "on this page": following a message's link changes the path, which closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  return (
    <DialogTrigger isOpen={openOn === pathname} onOpenChange={(open) => setOpenOn(open ? pathname : null)}>
      <Button
        aria-label={label}
        data-testid="bell"
        className="flex cursor-pointer items-center gap-1 rounded-md px-2 py-1.5 outline-none hover:bg-white/10 data-[focus-visible]:ring-2 data-[focus-visible]:ring-white"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {badge}
      </Button>
      <Popover
        placement="bottom end"
        offset={8}
        className="w-80 max-w-[90vw] rounded-lg border border-slate-200 bg-white text-slate-800 shadow-lg outline-none"
      >
        <Dialog aria-label="Thông báo" className="outline-none">
          {children}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
