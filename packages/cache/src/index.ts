export { freshReads } from "./fresh-read";
export { processShared } from "./process-shared";
export { boundedRevisionCache, cachedByRevision, currentDataRevision } from "./revision-cache";
export {
  type Produced,
  type RevisionResponseOptions,
  revisionResponses,
} from "./revision-responses";
