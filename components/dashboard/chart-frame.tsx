"use client";
import { cloneElement } from "react";
import { ResponsiveContainer } from "recharts";
import { usePrintWidth } from "./use-print-width";

/**
 * A chart as wide as its container on screen, and drawn at the paper's width when printed (the
 * container's size is measured asynchronously, too late for the print layout, so the chart gets
 * its size directly).
 */
export function ChartFrame({ height, children }: { height: number; children: React.ReactElement<{ width?: number; height?: number }> }) {
  const printWidth = usePrintWidth();
  return (
    <div style={{ height }} className="w-full" aria-hidden>
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
