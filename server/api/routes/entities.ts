// /api/entities: name and alias search (or a paged list), and one entity with its relations
// grouped by type and the offices it holds.

import { Router } from "express";
import {
  EntitySearchQuery,
  OFFICE_RELATION_TYPES,
  type EntityDetailResponse,
  type EntityReference,
  type EntitySearchResponse,
  type Relation,
} from "../../../graph-schema/index.js";
import type { EntityIndex } from "../../search/entity-index.js";
import type { ApiDeps } from "../deps.js";
import { notFound, parseInput } from "../problem.js";

export function entityRoutes({ store, index }: ApiDeps): Router {
  const router = Router();

  router.get("/entities", (req, res) => {
    const q = parseInput(EntitySearchQuery, req.query);
    const options = { type: q.type, limit: q.limit, offset: q.offset };
    if (q.q) {
      const { total, hits } = index.search(q.q, options);
      const body: EntitySearchResponse = {
        total,
        limit: q.limit,
        offset: q.offset,
        items: hits.map((h) => ({ ...h.entity, score: h.score, matched: h.matched })),
      };
      res.json(body);
    } else {
      const { total, entities } = index.list(options);
      const body: EntitySearchResponse = { total, limit: q.limit, offset: q.offset, items: entities };
      res.json(body);
    }
  });

  router.get("/entities/:id", async (req, res) => {
    const entity = await store.entity(req.params.id);
    if (!entity) throw notFound(`no entity with id "${req.params.id}"`);
    const [relations, mentions] = await Promise.all([store.relationsOf(entity.id), store.mentionsOf(entity.id)]);
    const body: EntityDetailResponse = {
      entity,
      degree: relations.length,
      roles: rolesOf(entity.id, relations),
      relationsByType: groupByType(relations),
      neighbours: neighboursOf(entity.id, relations, index),
      mentionedIn: mentions,
    };
    res.json(body);
  });

  return router;
}

function groupByType(relations: Relation[]): EntityDetailResponse["relationsByType"] {
  const groups: EntityDetailResponse["relationsByType"] = {};
  for (const r of relations) (groups[r.type] ??= []).push(r);
  return groups;
}

/** The other end of each relation, once each, named from the index (the explorer may not have it loaded). */
function neighboursOf(entityId: string, relations: Relation[], index: EntityIndex): EntityReference[] {
  const ids = new Set(relations.map((r) => (r.source === entityId ? r.target : r.source)));
  ids.delete(entityId);
  return [...ids].flatMap((id) => {
    const other = index.get(id);
    return other ? [{ id, name: other.name, type: other.type }] : [];
  });
}

/** Offices held or led, read from HOLDS_ROLE and LEADS relations (the one place roles live). */
function rolesOf(entityId: string, relations: Relation[]): { role: string; of: string; relation: string }[] {
  return relations
    .filter((r) => r.source === entityId && OFFICE_RELATION_TYPES.has(r.type))
    .map((r) => ({ role: r.role ?? (r.type === "LEADS" ? "leader" : "office holder"), of: r.target, relation: r.id }));
}
