import { AdminSkeleton } from "~/components/admin/skeleton";

export default function AdminLoading() {
  return <AdminSkeleton label="Loading…" rows={4} />;
}
