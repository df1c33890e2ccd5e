import { dashboardPages, pageInfo } from "@aiml/domain";
import Link from "next/link";

const links = [
  ...dashboardPages.map((p) => ({ href: pageInfo[p].path, title: pageInfo[p].title })),
  { href: "/sources", title: "Sources" },
];

export function NavLinks() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} prefetch={false} className="underline-offset-4 hover:underline">
            {l.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
