import { Worker } from "node:worker_threads";

const young = Number(process.argv[2] ?? 16);
const entry = new URL("./cpu-tmp.ts", import.meta.url).href;
const tsx = import.meta.resolve("tsx/esm/api");
const w = new Worker(
  `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
  { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: young } },
);
w.on("exit", () => console.log("young", young));
