import type { Metadata } from "next";

// The throughput benchmark's second yardstick (scripts/bench): the same page as /bench/hello,
// rendered on every request like the dashboards (root layout and session lookup included), with
// no data of its own. Not linked from anywhere.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hello world", robots: { index: false } };

export default function DynamicHelloPage() {
  return <p>Hello world</p>;
}
