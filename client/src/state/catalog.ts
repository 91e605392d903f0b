// Reference data fetched once: article metadata (titles, outlets, date ranges, derivation)
// and disputes, so evidence and filters can name sources without asking the API each time.

import { formatPartialDate } from "../../../graph-schema/index.js";
import { api } from "../api/client.js";
import type { ArticleDetail, ArticleMetaView, DisputeView } from "../api/schemas.js";

export class Catalog {
  articles = new Map<string, ArticleMetaView>();
  disputes = new Map<string, DisputeView>();
  private texts = new Map<string, Promise<ArticleDetail>>();

  async load(): Promise<void> {
    const [articles, disputes] = await Promise.all([api.articles(), api.disputes()]);
    this.articles = new Map(articles.items.map((a) => [a.id, a]));
    this.disputes = new Map(disputes.items.map((d) => [d.id, d]));
    this.texts.clear();
  }

  articleText(id: string): Promise<ArticleDetail> {
    let text = this.texts.get(id);
    if (!text) {
      text = api.article(id);
      text.catch(() => this.texts.delete(id));
      this.texts.set(id, text);
    }
    return text;
  }

  title(id: string): string {
    return this.articles.get(id)?.title ?? id;
  }
}

/** "published 2025-02-18", or the inferred range "published between 19 Feb 2025 and 31 Mar 2025". */
export function articleDateText(a: Pick<ArticleMetaView, "published" | "publishedRange">): string {
  if (a.published) return formatPartialDate(a.published);
  if (a.publishedRange)
    return `undated; between ${formatPartialDate(a.publishedRange.from)} and ${formatPartialDate(a.publishedRange.to)}`;
  return "date unknown";
}

export function outletText(a: Pick<ArticleMetaView, "outlet">): string {
  return a.outlet ?? "outlet not named";
}
