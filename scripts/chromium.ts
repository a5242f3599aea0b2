// How tests and the benchmark launch Chromium: Debian's binary, headless, no network side channels.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Adds the software WebGPU adapter (SwiftShader) for the WebGPU code path. */
export const chromiumWebGpuArgs = [...chromiumArgs, '--enable-unsafe-webgpu'];
