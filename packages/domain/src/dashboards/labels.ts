import type { BenchmarkFigure } from "../benchmarks/figure";

const levelNames: Record<string, string> = {
  entry: "Entry",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff",
  principal: "Principal",
  lead: "Lead",
};

export function levelName(level: string): string {
  return levelNames[level] ?? level.charAt(0).toUpperCase() + level.slice(1);
}

/** "Seattle · Senior" */
export function joinLabel(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join(" · ");
}

export const byLabel = (f: BenchmarkFigure) => f.label;
export const byCompany = (f: BenchmarkFigure) =>
  joinLabel(f.company, f.level ? levelName(f.level) : null);
export const byIndustry = (f: BenchmarkFigure) =>
  joinLabel(f.industry, f.level ? levelName(f.level) : null);
export const byLocation = (f: BenchmarkFigure) =>
  joinLabel(f.location, f.level ? levelName(f.level) : null);
export const byRole = (f: BenchmarkFigure) => f.role ?? f.label;
export const bySkill = (f: BenchmarkFigure) => f.skill ?? f.label;
export const byEducation = (f: BenchmarkFigure) => f.education ?? f.label;
export const byYear = (f: BenchmarkFigure) => (f.year ? String(f.year) : f.label);
