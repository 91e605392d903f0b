// What the selection shot selects: the Trump–Putin call relation, found through the served app's
// own /api/relations (its id is derived at load), else the entity Vladimir Putin.

import { z } from "zod";

const PUTIN = "vladimir-putin";
const TRUMP = "donald-trump";
const CALL_TYPE = "CALLED";

/** Only the fields this script reads; every build since the relation API began serves them. */
const RelationPage = z.object({
  items: z.array(z.object({ id: z.string(), source: z.string(), target: z.string() }).passthrough()).max(1000),
});

export interface Selection {
  /** The view state's `sel` value: `e:<relation id>` or an entity id. */
  sel: string;
  description: string;
}

export const PUTIN_SELECTED: Selection = { sel: PUTIN, description: "entity Vladimir Putin" };

export async function callRelationSelection(base: string): Promise<Selection> {
  const url = `${base}/api/relations?entity=${PUTIN}&type=${CALL_TYPE}&limit=100`;
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) return PUTIN_SELECTED;
  const page = RelationPage.safeParse(await response.json());
  if (!page.success) return PUTIN_SELECTED;
  const call = page.data.items.find(
    (r) => (r.source === TRUMP && r.target === PUTIN) || (r.source === PUTIN && r.target === TRUMP),
  );
  return call ? { sel: `e:${call.id}`, description: `relation ${CALL_TYPE} Trump–Putin (${call.id})` } : PUTIN_SELECTED;
}
