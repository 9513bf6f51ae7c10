"use client";
import { drawAllCharts } from "@/components/ui/deferred-chart";
import { buttonClass } from "@/components/ui/form";

/** The browser's print dialog (A4 styles in globals.css), e.g. to save the dashboard as PDF. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => void drawAllCharts().then(() => window.print())} className={`no-print ${buttonClass.secondary}`}>
      In / lưu PDF
    </button>
  );
}
