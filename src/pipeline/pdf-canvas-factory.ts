// pdf.js factories for rendering inside a worker: OffscreenCanvas instead of DOM canvases, no SVG filters.
// Same shape as pdf.js's own BaseCanvasFactory/BaseFilterFactory (build/pdf.mjs, v6).

interface CanvasAndContext {
  canvas: OffscreenCanvas | null;
  context: OffscreenCanvasRenderingContext2D | null;
}

function assertSize(width: number, height: number): void {
  if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
}

function getContext(canvas: OffscreenCanvas, alpha: boolean): OffscreenCanvasRenderingContext2D {
  // willReadFrequently keeps the canvas in software, as pdf.js does unless hardware acceleration is on.
  const context = canvas.getContext('2d', { alpha, willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw on an OffscreenCanvas.');
  return context;
}

export class OffscreenCanvasFactory {
  create(width: number, height: number): CanvasAndContext {
    assertSize(width, height);
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: getContext(canvas, true) };
  }

  reset(entry: CanvasAndContext, width: number, height: number): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    assertSize(width, height);
    entry.canvas.width = width;
    entry.canvas.height = height;
  }

  destroy(entry: CanvasAndContext): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    // Zero size frees the backing store now rather than at garbage collection.
    entry.canvas.width = 0;
    entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }

  getNoAlphaContext(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
    return getContext(canvas, false);
  }
}

/** SVG filters need a DOM; like pdf.js's own renderer worker, transfer maps and masks are skipped. */
export class NoFilterFactory {
  addFilter(): string {
    return 'none';
  }
  addHCMFilter(): string {
    return 'none';
  }
  addAlphaFilter(): string {
    return 'none';
  }
  addLuminosityFilter(): string {
    return 'none';
  }
  addKnockoutFilter(): string {
    return 'none';
  }
  addHighlightHCMFilter(): string {
    return 'none';
  }
  addSelectionHCMFilter(): string {
    return 'none';
  }
  addSelectionFilter(): string {
    return 'none';
  }
  createSelectionStyle(): null {
    return null;
  }
  destroy(): void {}
}
