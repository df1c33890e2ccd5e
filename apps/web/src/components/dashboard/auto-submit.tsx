"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * With JavaScript, filter changes apply at once through client navigation, and empty or
 * default fields are left out of the URL; while the new charts load, the form says so and the
 * page is marked busy (the charts dim). Without it, the form submits as a plain GET.
 */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    if (pending) main.setAttribute("aria-busy", "true");
    else main.removeAttribute("aria-busy");
  }, [pending]);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const navigate = (e?: Event) => {
      e?.preventDefault();
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        // A field at its default (data-default) stays out of the URL.
        const field = form.elements.namedItem(name);
        const fallback = field instanceof HTMLElement ? field.dataset.default : undefined;
        if (typeof value === "string" && value.trim() !== "" && value !== fallback) {
          query.set(name, value.trim());
        }
      }
      const search = query.toString();
      startTransition(() => {
        router.push(`${form.getAttribute("action") ?? ""}${search ? `?${search}` : ""}`, {
          scroll: false,
        });
      });
    };
    const onChange = (e: Event) => {
      if (e.target instanceof HTMLSelectElement) navigate();
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", navigate);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", navigate);
    };
  }, [router]);
  return (
    <span ref={ref} role="status" className="self-center text-sm" data-testid="filters-pending">
      {pending ? "Updating the charts…" : ""}
    </span>
  );
}
