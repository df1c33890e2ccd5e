import type { SpawnSyncOptions } from "node:child_process";

export declare const pnpmCommand: string[];
export declare function pnpm(args: string[], options?: SpawnSyncOptions): number;
export declare function pnpmOrExit(args: string[], options?: SpawnSyncOptions): void;
