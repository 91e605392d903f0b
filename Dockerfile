# The actorgraph server (API + explorer) as an image; docker-compose.yml runs it against Neo4j.
# Build stage compiles with the dev dependencies; the runtime stage keeps production ones only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: the lock is written on machines whose registry lacks other
# platforms' optional binaries, and `npm ci` refuses such a lock as out of sync.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Source documents and the curated graph that `serve --load` loads; writable for the embedded engine.
COPY --from=build --chown=node:node /app/data ./data
USER node
EXPOSE 3000
CMD ["node", "dist/server/cli.js", "serve", "--load"]
