# The LightBridge API. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t lightbridge-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY packages/taxonomy/package.json packages/taxonomy/
RUN pnpm install --frozen-lockfile --filter @lightbridge/api...
COPY packages/taxonomy packages/taxonomy
COPY apps/api apps/api
RUN pnpm --filter @lightbridge/api... run build \
 && pnpm deploy --filter @lightbridge/api --prod --legacy /out

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /out ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
