"use client";
// One client island for a long list's links. A next/link per row is a client component per row:
// each is serialized into the page's RSC payload, rendered on the server and hydrated in the
// browser (160 on a plan of 80 tasks, drawn as table and as phone cards). The rows render plain
// `<a data-nav>` on the server instead, and this wrapper gives them what next/link did: a click
// navigates inside the app (no full reload), pointing at one prefetches it. A click with a
// modifier key (new tab), a middle click or a link elsewhere keeps the browser's own behaviour.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

function navLink(target: EventTarget | null): HTMLAnchorElement | null {
  const a = target instanceof Element ? target.closest<HTMLAnchorElement>("a[data-nav]") : null;
  return a && a.getAttribute("href")?.startsWith("/") ? a : null;
}

export function LinkIsland({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onClick = (e: MouseEvent) => {
      const a = navLink(e.target);
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      router.push(a.getAttribute("href")!);
    };
    const onPoint = (e: Event) => {
      const a = navLink(e.target);
      if (a) router.prefetch(a.getAttribute("href")!);
    };
    el.addEventListener("click", onClick);
    el.addEventListener("pointerover", onPoint);
    el.addEventListener("focusin", onPoint);
    return () => {
      el.removeEventListener("click", onClick);
      el.removeEventListener("pointerover", onPoint);
      el.removeEventListener("focusin", onPoint);
    };
  }, [router]);
  // `contents`: the wrapper takes no box, the list lays out as before.
  return (
    <div ref={ref} className="contents">
      {children}
    </div>
  );
}
