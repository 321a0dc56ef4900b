import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { registeredOperations } from './scripts/registered-operations.mjs';

// The API (port 4000) serves the built portal; in development Vite proxies GraphQL to it.
export default defineConfig({
  plugins: [react(), registeredOperations()],
  server: { port: 5173, proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
