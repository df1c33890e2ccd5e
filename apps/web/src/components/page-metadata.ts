import { type DashboardPage, pageInfo } from "@aiml/domain";
import type { Metadata } from "next";

export const siteName = "AI/ML Job Market";

/** A page's title and description, also as Open Graph tags for link previews. */
export function pageMetadata(title: string | null, description: string): Metadata {
  const fullTitle = title ? `${title} · ${siteName}` : siteName;
  return {
    ...(title ? { title } : {}),
    description,
    openGraph: { title: fullTitle, description, siteName, type: "website", locale: "en_US" },
    twitter: { card: "summary", title: fullTitle, description },
  };
}

export const dashboardMetadata = (page: DashboardPage): Metadata =>
  pageMetadata(pageInfo[page].title, pageInfo[page].description);
