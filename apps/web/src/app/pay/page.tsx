import type { Metadata } from "next";
import { DashboardRoute, type SearchParams } from "~/components/dashboard/dashboard-route";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pay" };

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardRoute page="pay" searchParams={searchParams} />;
}
