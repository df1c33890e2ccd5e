// Imported first, as a bare import (import sorting leaves those in place), by the test files
// that exercise auth as it runs in production. Better Auth reads NODE_ENV once, when it loads,
// and under test (vitest sets NODE_ENV=test and TEST=true) it skips its origin check and takes
// unknown clients for 127.0.0.1. Each test file runs in a process of its own, so this changes
// nothing for the other files.
process.env.NODE_ENV = "production";
delete process.env.TEST;

export {};
