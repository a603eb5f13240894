/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    // DOM tests opt in with `// @vitest-environment happy-dom` at the top of the file.
    restoreMocks: true,
  },
});
