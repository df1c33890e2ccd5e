import fs from "node:fs";
import path from "node:path";

const documentsDir = path.resolve(import.meta.dirname, "../../../prisma/seed/documents");

/** The text of a seed document, by id (its file name without .txt). */
export function documentText(id: string): string {
  return fs.readFileSync(path.join(documentsDir, `${id}.txt`), "utf8");
}
