import type { Metadata } from "next";
import { DashboardRoute, type SearchParams } from "~/components/dashboard/dashboard-route";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Top of the market" };

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardRoute page="top-of-market" searchParams={searchParams} />;
}
