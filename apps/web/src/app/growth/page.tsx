import type { Metadata } from "next";
import { DashboardRoute, type SearchParams } from "~/components/dashboard/dashboard-route";
import { dashboardMetadata } from "~/components/page-metadata";

export const dynamic = "force-dynamic";
export const metadata: Metadata = dashboardMetadata("growth");

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardRoute page="growth" searchParams={searchParams} />;
}
