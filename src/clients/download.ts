// Hands bytes to the browser as a download: a Blob behind a temporary object URL and a click on a
// detached <a download>; the URL is revoked once the browser has had time to start the download.
export function downloadFile(filename: string, mimeType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
