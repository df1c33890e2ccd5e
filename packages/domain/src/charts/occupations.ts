/**
 * The AI/ML occupations the open-data charts follow, each as the chain of SOC codes BLS used for
 * it over time (oldest first). A change of code is a series break: charts draw it and models
 * never fit across it. Codes only; every figure comes from the published data.
 */
export const trackedOccupations = [
  {
    id: "data-scientists",
    label: "Data scientists",
    socCodes: ["15-2098", "15-2051"],
  },
  {
    id: "research-scientists",
    label: "Computer and information research scientists",
    socCodes: ["15-1111", "15-1221"],
  },
  {
    id: "software-developers",
    label: "Software developers",
    socCodes: ["15-1132", "15-1256", "15-1252"],
  },
] as const;

export type OccupationId = (typeof trackedOccupations)[number]["id"];
export const occupationIds = trackedOccupations.map((o) => o.id) as [
  OccupationId,
  ...OccupationId[],
];

export function trackedOccupation(id: OccupationId | undefined) {
  return trackedOccupations.find((o) => o.id === id) ?? trackedOccupations[0];
}

/** The occupation's current code (the last of its chain). */
export const currentSocCode = (id: OccupationId | undefined): string => {
  const codes = trackedOccupation(id).socCodes;
  return codes[codes.length - 1] as string;
};
