# The LightBridge portal, built once and served by nginx. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t lightbridge-web .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @lightbridge/web... run build

FROM nginx:1.27-alpine
COPY docker/nginx-web.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
EXPOSE 80
