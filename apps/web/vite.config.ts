import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { registeredOperations } from './scripts/registered-operations.mjs';

// The API (port 4000) serves the built portal; in development Vite proxies GraphQL to it.
export default defineConfig({
  plugins: [react(), registeredOperations()],
  server: { port: 5173, proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // GraphiQL's Monaco editor (the API explorer's lazy chunk) is one large module.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's modules start with React Compiler's "use no memo", which the bundle drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
