# One image for both processes: `node .../api/...main.js` or `.../worker/...main.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# EXPORTS_DIR: owned by the app's user, so a volume mounted here starts writable.
RUN mkdir -p /app/var/exports && chown node:node /app/var/exports
USER node
EXPOSE 3000
# --max-old-space-size: see "API memory" in the README.
CMD ["node", "--max-old-space-size=256", "--enable-source-maps", "dist/apps/api/apps/api/src/main.js"]
