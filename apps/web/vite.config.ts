import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias } from 'vite';

const appRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');

/** The workspace's path aliases (@tsunagu/...), read from tsconfig.base.json so there is one list. */
function workspaceAliases(): Alias[] {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths?: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: resolve(workspaceRoot, target),
  }));
}

export default defineConfig({
  root: appRoot,
  cacheDir: resolve(workspaceRoot, 'node_modules/.vite/apps/web'),
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    // react-admin and MUI make one large vendor chunk; a back office loads it once.
    chunkSizeWarningLimit: 3000,
  },
});
