// The web app manifest: installable, opens PDFs/images/XML from the OS (File Handling) and receives
// files shared from other apps (Web Share Target, handled by the service worker).
import type { ManifestOptions } from 'vite-plugin-pwa';

const acceptedFiles = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'image/tiff': ['.tif', '.tiff'],
  'image/heic': ['.heic', '.heif'],
  'application/xml': ['.xml'],
  'text/xml': ['.xml'],
};

export const appManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Invoice Capture',
  short_name: 'Invoices',
  description: 'Capture invoices and read their fields on your device. Nothing is uploaded.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#f6f7f9',
  theme_color: '#1f4e79',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: 'icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  share_target: {
    action: '/share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { files: [{ name: 'files', accept: Object.keys(acceptedFiles) }] },
  },
  file_handlers: [{ action: '/', accept: acceptedFiles }],
  launch_handler: { client_mode: 'focus-existing' },
};
