import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyMeta } from './scripts/content-security-policy.ts';
import { appManifest } from './scripts/app-manifest.ts';
import { selfHostAssets } from './scripts/self-host-assets.ts';
import { ocrLanguageOptions } from './src/domain/settings.ts';

const nodeModule = (path: string) =>
  fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));

// Precaching is the offline promise: everything the app may need at run time is in the precache,
// including large wasm and model files, so the size limit is raised on purpose.
const precacheLimitBytes = 64 * 1024 * 1024;

export default defineConfig({
  plugins: [
    svelte(),
    selfHostAssets([
      { from: nodeModule('pdfjs-dist/cmaps'), to: 'vendor/pdfjs/cmaps' },
      {
        from: nodeModule('pdfjs-dist/standard_fonts'),
        to: 'vendor/pdfjs/standard_fonts',
        include: (name) => !name.includes('LICENSE'),
      },
      {
        from: nodeModule('pdfjs-dist/wasm'),
        to: 'vendor/pdfjs/wasm',
        include: (name) => name.endsWith('.wasm') || name.endsWith('.js'),
      },
    ]),
    selfHostAssets([
      {
        from: nodeModule('tesseract.js/dist'),
        to: 'vendor/tesseract',
        include: (name) => name.endsWith('/worker.min.js'),
      },
      {
        // LSTM-only builds (wasm inlined); the engine picks relaxed-SIMD, SIMD or plain itself.
        from: nodeModule('tesseract.js-core'),
        to: 'vendor/tesseract/core',
        include: (name) => name.endsWith('-lstm.wasm.js'),
      },
      ...ocrLanguageOptions.map((language) => ({
        from: nodeModule(`@tesseract.js-data/${language}/4.0.0_best_int`),
        to: 'vendor/tesseract/lang',
      })),
    ]),
    // The field model (issue 5), served and precached like every other runtime file.
    selfHostAssets([
      {
        from: fileURLToPath(new URL('./models', import.meta.url)),
        to: 'models',
        include: (name) => name.endsWith('/models/field-model.onnx'),
      },
    ]),
    contentSecurityPolicyMeta(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'workers',
      filename: 'service-worker.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: appManifest,
      injectManifest: {
        globPatterns: [
          '**/*.{js,mjs,css,html,svg,png,ico,webp,wasm,bcmap,pfb,ttf,json,onnx,traineddata,gz}',
        ],
        maximumFileSizeToCacheInBytes: precacheLimitBytes,
      },
      includeManifestIcons: false,
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2048 },
  preview: { headers: { 'Cache-Control': 'no-cache' } },
});
