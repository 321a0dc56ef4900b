# The LightBridge API. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t lightbridge-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12
COPY . .
# The whole workspace: the portal's and the widgets' builds write the manifests of their registered
# operations (they send hashes only), and the API serves the widgets.
RUN pnpm install --frozen-lockfile && pnpm build \
 && pnpm deploy --filter @lightbridge/api --prod --legacy /out

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 \
    PORTAL_OPERATIONS=/app/operations/portal.json \
    WIDGETS_OPERATIONS=/packages/widgets/dist/operations.json
WORKDIR /app
COPY --from=build /out ./
COPY --from=build /app/apps/web/dist/operations.json ./operations/portal.json
# Where dist/http/widgets-route.js looks for them: four folders up from itself, as in the repository.
COPY --from=build /app/packages/widgets/dist /packages/widgets/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
