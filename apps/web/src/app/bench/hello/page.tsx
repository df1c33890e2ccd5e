import type { Metadata } from "next";

// The throughput benchmark's baseline (scripts/bench): the cheapest page this build can serve,
// prerendered once at build time. Not linked from anywhere.
export const dynamic = "force-static";
export const metadata: Metadata = { title: "Hello world", robots: { index: false } };

export default function HelloPage() {
  return <p>Hello world</p>;
}
