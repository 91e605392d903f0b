// /api/relations, /api/articles and /api/disputes: the facts with all their evidence, the
// source documents with what was drawn from them, and the claims the sources disagree on.

import { Router } from "express";
import {
  EvidencePageRequest,
  RelationsQuery,
  type ArticleDetailResponse,
  type ArticleListResponse,
  type DisputeListResponse,
  type EvidencePage,
  type RelationPage,
} from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";
import { notFound, parseInput } from "../problem.js";

export function recordRoutes({ store }: ApiDeps): Router {
  const router = Router();

  router.get("/relations", async (req, res) => {
    const q = parseInput(RelationsQuery, req.query);
    const body: RelationPage = await store.relations(q);
    res.json(body);
  });

  router.get("/relations/:id", async (req, res) => {
    const relation = await store.relation(req.params.id);
    if (!relation) throw notFound(`no relation with id "${req.params.id}"`);
    res.json(relation);
  });

  router.get("/relations/:id/evidence", async (req, res) => {
    const page = parseInput(EvidencePageRequest, req.query);
    const relation = await store.relation(req.params.id);
    if (!relation) throw notFound(`no relation with id "${req.params.id}"`);
    const body: EvidencePage = {
      total: relation.evidence.length,
      items: relation.evidence.slice(page.offset, page.offset + page.limit),
    };
    res.json(body);
  });

  router.get("/articles", async (_req, res) => {
    const articles = await store.articles();
    const body: ArticleListResponse = {
      total: articles.length,
      items: articles.map(({ text, ...meta }) => ({ ...meta, length: text.length })),
    };
    res.json(body);
  });

  router.get("/articles/:id", async (req, res) => {
    const article = await store.article(req.params.id);
    if (!article) throw notFound(`no article with id "${req.params.id}"`);
    const [drawn, mentions] = await Promise.all([
      store.relations({ source: article.id, limit: 10_000, offset: 0 }),
      store.mentionsIn(article.id),
    ]);
    const body: ArticleDetailResponse = { article, relations: drawn.items, mentions };
    res.json(body);
  });

  router.get("/disputes", async (_req, res) => {
    const [disputes, disputed] = await Promise.all([
      store.disputes(),
      store.relations({ disputed: true, limit: 10_000, offset: 0 }),
    ]);
    const body: DisputeListResponse = {
      total: disputes.length,
      items: disputes.map((d) => ({ ...d, relations: disputed.items.filter((r) => r.disputes.includes(d.id)) })),
    };
    res.json(body);
  });

  return router;
}
