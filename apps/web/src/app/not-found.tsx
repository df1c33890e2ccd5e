import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2">
        <Link href="/" className="underline">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
