// Vite plugin: serve runtime files that live in node_modules (pdf.js cMaps, fonts, wasm, later OCR
// data and models) from the app's own origin, in dev and in the build, so nothing is fetched from a CDN.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export interface SelfHostedDir {
  /** Folder on disk, absolute. */
  from: string;
  /** URL folder under the app root, without leading or trailing slash. */
  to: string;
  /** Keep only files whose name passes. */
  include?: (name: string) => boolean;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function filesOf(entry: SelfHostedDir): { path: string; url: string }[] {
  return listFiles(entry.from)
    .filter((path) => entry.include?.(path) ?? true)
    .map((path) => ({
      path,
      url: `${entry.to}/${relative(entry.from, path).replaceAll('\\', '/')}`,
    }));
}

const contentTypes: Record<string, string> = {
  wasm: 'application/wasm',
  mjs: 'text/javascript',
  js: 'text/javascript',
  json: 'application/json',
};

export function selfHostAssets(dirs: SelfHostedDir[]): Plugin {
  return {
    name: 'invoice-capture:self-host-assets',
    configureServer(server) {
      const byUrl = new Map(dirs.flatMap(filesOf).map((file) => [`/${file.url}`, file.path]));
      server.middlewares.use((req, res, next) => {
        const path = byUrl.get((req.url ?? '').split('?')[0] ?? '');
        if (!path) return next();
        const ext = path.split('.').pop() ?? '';
        res.setHeader('Content-Type', contentTypes[ext] ?? 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const file of dirs.flatMap(filesOf)) {
        this.emitFile({ type: 'asset', fileName: file.url, source: readFileSync(file.path) });
      }
    },
  };
}
