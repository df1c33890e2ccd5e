import type { Metadata } from "next";
import Link from "next/link";
import { NavLinks } from "~/components/nav-links";
import { UserMenu } from "~/components/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "AI/ML Job Market", template: "%s · AI/ML Job Market" },
  description: "Pay, demand and growth in the AI/ML job market, with every figure's source.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 text-sm"
          >
            <Link href="/" prefetch={false} className="font-semibold">
              AI/ML Job Market
            </Link>
            <NavLinks />
            <UserMenu />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
