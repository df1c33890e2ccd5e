import type { Metadata } from "next";
import { DashboardRoute, type SearchParams } from "~/components/dashboard/dashboard-route";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Demand and supply" };

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardRoute page="demand" searchParams={searchParams} />;
}
