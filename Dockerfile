# Builds the API and the web app, then runs them on one port against the PostgreSQL in DATABASE_URL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# npm 11 honours package.json's allowScripts (which install scripts may run).
RUN npm install -g npm@11 --no-audit --no-fund
# patches/ fixes known bugs of dependencies (patch-package runs after install).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npx nx run-many -t build -p api web

FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
ENV NODE_ENV=production PORT=3000
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# With the flags the API is built to run with (its heap bound, from apps/api/node-options).
CMD ["sh", "-c", "exec node $(cat dist/apps/api/node-options) --enable-source-maps dist/apps/api/main.js"]
