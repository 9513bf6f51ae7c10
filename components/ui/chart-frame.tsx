"use client";
// The frame every recharts chart sits in: as wide as its container on screen, and as wide as the
// paper when printed.
import { cloneElement, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { ResponsiveContainer } from "recharts";

/** Width of a chart on A4 paper (portrait, 12 mm margins, inside a card), in CSS pixels. */
export const PRINT_CHART_WIDTH = 600;

/**
 * While the browser prints, the chart's width on paper; otherwise null (it follows its container).
 * Charts measure their container on screen and the print layout does not re-measure them, so they
 * would be cut at the paper's edge: this redraws them at the paper's width before the page is laid
 * out for printing (flushSync, because the browser lays out right after `beforeprint`).
 */
function usePrintWidth(): number | null {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing ? PRINT_CHART_WIDTH : null;
}

/**
 * The container's size is measured asynchronously, too late for the print layout, so when printing
 * the chart gets its size directly. `decorative`: hidden from screen readers (the page has the
 * numbers as text or in a table).
 */
export function ChartFrame({
  height,
  decorative = true,
  children,
}: {
  height: number;
  decorative?: boolean;
  children: React.ReactElement<{ width?: number; height?: number }>;
}) {
  const printWidth = usePrintWidth();
  return (
    <div style={{ height }} className="w-full" aria-hidden={decorative || undefined}>
      {printWidth ? (
        cloneElement(children, { width: printWidth, height })
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}
