// Vite build of the explorer: the page lives in client/, the bundle goes to dist/client, which
// the Express app serves at "/". In development the dev server forwards /api to a running server.

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const clientRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: clientRoot,
  base: "/",
  resolve: {
    // The GEXF writer is shared with the server; in the page it uses the library's browser entry
    // (the same writer, with the browser's own XML parser instead of a bundled one).
    alias: [{ find: /^graphology-gexf$/, replacement: "graphology-gexf/browser" }],
  },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    // sigma, CodeMirror and graphology together are one app; a single chunk keeps the CSP simple.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.ACTORGRAPH_API_PORT ?? "3000"}` },
  },
});
