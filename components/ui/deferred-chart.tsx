"use client";
// Charts (recharts, about 155 kB gzip) are fetched and drawn only when they come near the viewport:
// fetching, evaluating and drawing every chart of the dashboard while it loaded kept an old phone's
// main thread busy for over a second (Lighthouse mobile: TBT 1.35 s). The numbers and the table
// alternatives are in the page itself; a chart is a picture of them.
//
// Printing wants every chart on paper: `drawAllCharts()` (the "In / lưu PDF" button) fetches the
// remaining ones and waits for them before opening the print dialog. A chart already fetched is also
// drawn on `beforeprint` (Ctrl+P), synchronously, because the browser lays the page out right after.
import { useEffect, useRef, useState, type ComponentType } from "react";
import { flushSync } from "react-dom";

const DRAW_ALL = "cds:draw-all-charts";
const loaders = new Set<() => Promise<unknown>>();

/** True once the element comes within `margin` of the viewport, or every chart is asked for. */
function useNear<T extends Element>(margin = "200px") {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    const now = () => setNear(true);
    const printing = () => flushSync(now);
    window.addEventListener(DRAW_ALL, now);
    window.addEventListener("beforeprint", printing);
    let io: IntersectionObserver | null = null;
    if (typeof IntersectionObserver === "undefined") now();
    else if (el) {
      io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && now(), { rootMargin: margin });
      io.observe(el);
    }
    return () => {
      io?.disconnect();
      window.removeEventListener(DRAW_ALL, now);
      window.removeEventListener("beforeprint", printing);
    };
  }, [margin]);
  return { ref, near };
}

/**
 * `Component` (a `next/dynamic` chart whose chunk `load` fetches) in a box of `boxClass` until it
 * comes near the viewport. The box has the chart's size, so nothing moves when it is drawn.
 */
export function deferUntilNear<P extends object>(Component: ComponentType<P>, load: () => Promise<unknown>, boxClass: string) {
  loaders.add(load);
  return function DeferredChart(props: P) {
    const { ref, near } = useNear<HTMLDivElement>();
    if (near) return <Component {...props} />;
    return <div ref={ref} className={boxClass} aria-hidden />;
  };
}

/** Draws every chart on the page (for printing): fetches the chart chunks, then lets React draw them. */
export async function drawAllCharts(): Promise<void> {
  window.dispatchEvent(new Event(DRAW_ALL));
  await Promise.all([...loaders].map((load) => load().catch(() => undefined)));
  await new Promise((resolve) => setTimeout(resolve, 300));
}
