"use client";
// A notification links to its update as `…/nhiem-vu/<id>#cap-nhat-<updateId>`. When the page shows
// only the recent history and that update is older, the anchor is not on the page: open the full
// history at the same anchor instead of leaving the reader at the top. (The server never sees the
// fragment, so this can only be decided in the browser.)
import { useEffect } from "react";
import { isHistoryAnchor } from "@/lib/tasks/anchors";

export function HistoryAnchorFallback({ fullHistoryHref }: { fullHistoryHref: string }) {
  useEffect(() => {
    const fragment = window.location.hash.slice(1); // our anchors are plain ASCII: nothing to decode
    if (isHistoryAnchor(fragment) && !document.getElementById(fragment)) window.location.replace(`${fullHistoryHref}#${fragment}`);
  }, [fullHistoryHref]);
  return null;
}
