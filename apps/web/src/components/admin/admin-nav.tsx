"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  {
    href: "/admin",
    title: "Datasets",
    matches: (p: string) => p === "/admin" || p.startsWith("/admin/datasets"),
  },
  {
    href: "/admin/metrics",
    title: "Metrics",
    matches: (p: string) => p.startsWith("/admin/metrics"),
  },
  { href: "/admin/users", title: "Users", matches: (p: string) => p.startsWith("/admin/users") },
  {
    href: "/admin/audit",
    title: "Audit log",
    matches: (p: string) => p.startsWith("/admin/audit"),
  },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
        {links.map((l) => {
          const current = l.matches(pathname);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 underline-offset-4 hover:underline ${
                  current
                    ? "border-slate-900 font-semibold dark:border-slate-100"
                    : "border-transparent text-slate-700 dark:text-slate-300"
                }`}
              >
                {l.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
