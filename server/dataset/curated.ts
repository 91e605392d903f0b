// The curated dataset: the data folder read, checked and completed (relation ids, CAMEO codes,
// sources, mentions) into the Dataset a store loads. Bad data stops here, before any write.

import type { Dataset } from "./dataset.js";
import { applyDerivations } from "./derivation.js";
import { readDataFolder } from "./files.js";
import { countMentions } from "./mentions.js";
import { DataFileError } from "./problems.js";
import { toRelation } from "./to-relation.js";
import { checkIntegrity } from "./validate.js";

/**
 * Loads `dir` (default: the project's data/ folder). Throws DataFileError listing every problem
 * when a file is malformed or the records fail an integrity check; warnings do not stop it.
 */
export async function loadCuratedDataset(dir?: string): Promise<Dataset> {
  const folder = await readDataFolder(dir);
  const { problems } = checkIntegrity(folder.data, { origins: folder.origins, unreadable: folder.unreadable });
  const all = [...folder.problems, ...problems];
  if (all.length > 0)
    throw new DataFileError(
      all,
      `${folder.dir}: ${all.length} problem${all.length === 1 ? "" : "s"} in the data files`,
    );

  const { entities, disputes } = folder.data;
  const { articles, relations } = applyDerivations(folder.data.articles, folder.data.relations.map(toRelation));
  return { articles, entities, relations, disputes, mentions: countMentions(articles, entities) };
}
