import { AppError } from "../../errors";

export const datasetNotFound = () => new AppError("NOT_FOUND", "No such dataset.");

export const draftNotFound = () =>
  new AppError("NOT_FOUND", "No such draft: it may have been published or discarded.");
