// /api/openapi.json and /api/docs: the machine-readable document and a plain HTML page
// rendered from it on the server (no inline script, so the strict CSP holds).

import { Router } from "express";
import { openApiDocument } from "../openapi.js";

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

interface Field {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

interface JsonObjectSchema {
  properties?: Record<string, unknown>;
  required?: string[];
}

interface Operation {
  summary?: string;
  parameters?: Field[];
  requestBody?: { content?: Record<string, { schema?: JsonObjectSchema }> };
}

/** A JSON request body's top-level properties, as rows beside the query and path parameters. */
function bodyFields(op: Operation): Field[] {
  const schema = op.requestBody?.content?.["application/json"]?.schema;
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => ({
    name,
    in: "body",
    required: required.has(name),
    schema: property,
  }));
}

function fieldRow(p: Field): string {
  const schema = JSON.stringify(p.schema ?? {});
  return `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : ""}</td><td><code>${escapeHtml(schema)}</code></td></tr>`;
}

function docsPage(doc: Record<string, unknown>): string {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const sections = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = [...(op.parameters ?? []), ...bodyFields(op)].map(fieldRow).join("");
      const table = params
        ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>${params}</table>`
        : "";
      return `<section><h2><span class="m">${method.toUpperCase()}</span> /api${escapeHtml(path)}</h2><p>${escapeHtml(op.summary ?? "")}</p>${table}</section>`;
    }),
  );
  const info = doc.info as { title: string; version: string; description: string };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{font-size:1.05rem;margin:1.6rem 0 .2rem}.m{background:#0072B2;color:#fff;padding:0 .4rem;border-radius:3px;margin-right:.4rem}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
code{word-break:break-all}</style></head><body><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)} Machine-readable: <a href="/api/openapi.json">openapi.json</a>.</p>${sections.join("\n")}</body></html>`;
}

export function docsRoutes(version: string): Router {
  const router = Router();
  const doc = openApiDocument(version);
  const page = docsPage(doc);
  router.get("/openapi.json", (_req, res) => void res.json(doc));
  router.get("/docs", (_req, res) => void res.type("html").send(page));
  return router;
}
