export { freshReads } from "./fresh-read";
export { processShared } from "./process-shared";
export { boundedRevisionCache, cachedByRevision, currentDataRevision } from "./revision-cache";
export {
  type Produced,
  type RevisionResponseOptions,
  revisionResponses,
} from "./revision-responses";
export {
  RevisionWatch,
  type RevisionWatchOptions,
  revisionWatch,
  stopRevisionWatch,
  syncWatchedRevision,
  type WatchMode,
  watchedDataRevision,
} from "./revision-watch";
