"use client";
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** Width of a chart on A4 paper (portrait, 12 mm margins, inside a card), in CSS pixels. */
export const PRINT_CHART_WIDTH = 600;

/**
 * While the browser prints, the chart's width on paper; otherwise null (it follows its container).
 * Charts measure their container on screen and the print layout does not re-measure them, so they
 * would be cut at the paper's edge: this redraws them at the paper's width before the page is laid
 * out for printing (flushSync, because the browser lays out right after `beforeprint`).
 */
export function usePrintWidth(): number | null {
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
