import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';

export default defineConfig({
  // The backend serves dist/ from the site root and falls back to index.html for client routes,
  // so every asset URL must be absolute.
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // monaco-editor alone is larger than the default 500 kB warning; the student bundle stays far below.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql/index.html', import.meta.url)),
      },
      output: {
        // React is shared by the app and GraphiQL; a named chunk keeps the output readable.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
      onLog(level, log, defaultHandler) {
        // graphiql ships React Compiler output with "use no memo" directives; harmless when bundled.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('node_modules')) return;
        defaultHandler(level, log);
      },
    },
  },
  // monaco's workers use dynamic imports, which classic (iife) workers cannot code-split.
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: true },
      '/api': { target: backend, changeOrigin: true },
      '/actuator': { target: backend, changeOrigin: true },
      '/.well-known': { target: backend, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // The first test that imports antd pays for transforming it; 2-core CI machines need the slack.
    testTimeout: 20_000,
  },
});
