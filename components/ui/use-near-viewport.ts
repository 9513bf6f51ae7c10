"use client";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True once the element comes within `margin` of the viewport (and from then on). Charts use it
 * to draw only when someone scrolls to them: drawing every chart of the dashboard while the page
 * loads kept an old phone's main thread busy for over a second. Printing draws everything (flushSync:
 * the browser lays the page out for paper right after `beforeprint`).
 */
export function useNearViewport<T extends Element>(margin = "300px") {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") {
      // A browser without it draws at once, as before.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNear(true);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: margin },
    );
    io.observe(el);
    const printing = () => flushSync(() => setNear(true));
    window.addEventListener("beforeprint", printing);
    return () => {
      io.disconnect();
      window.removeEventListener("beforeprint", printing);
    };
  }, [margin]);
  return { ref, near };
}
