// One Chromium, several pages: lays out a document, extracts its words, and prints PDF/PNG on request.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { PageKind } from '../layouts/family.ts';
import { PAGE_SIZES } from '../layouts/family.ts';
import type { PageWords } from '../types.ts';

const EXTRACT = readFileSync(new URL('./extract-words.js', import.meta.url), 'utf8');

export interface RenderedPage extends PageWords {
  readonly overflow: boolean;
}

export interface RenderOutput {
  readonly pages: RenderedPage[];
  readonly pdf?: Buffer;
  readonly png?: Buffer[];
}

export interface RendererOptions {
  readonly concurrency: number;
  /** PNG resolution; the CSS layout is always 96 dpi. */
  readonly dpi: number;
  readonly executablePath?: string;
}

export class Renderer {
  #browser: Browser;
  #context: BrowserContext;
  #idle: Page[];
  #waiting: ((page: Page) => void)[] = [];

  private constructor(browser: Browser, context: BrowserContext, pages: Page[]) {
    this.#browser = browser;
    this.#context = context;
    this.#idle = pages;
  }

  static async start(o: RendererOptions): Promise<Renderer> {
    const browser = await chromium.launch({
      executablePath: o.executablePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--font-render-hinting=none', '--disable-gpu', '--disable-lcd-text'],
    });
    const context = await browser.newContext({
      viewport: { width: 900, height: 1200 },
      deviceScaleFactor: o.dpi / 96,
    });
    const pages = await Promise.all(Array.from({ length: o.concurrency }, () => context.newPage()));
    return new Renderer(browser, context, pages);
  }

  async #acquire(): Promise<Page> {
    const page = this.#idle.pop();
    if (page) return page;
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(page: Page): void {
    const next = this.#waiting.shift();
    if (next) next(page);
    else this.#idle.push(page);
  }

  async render(
    html: string,
    kind: PageKind,
    want: { pdf: boolean; png: boolean },
  ): Promise<RenderOutput> {
    const page = await this.#acquire();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pages = await page.evaluate<RenderedPage[]>(EXTRACT);
      const size = PAGE_SIZES[kind];
      const overflow = pages.some((p) => p.overflow);
      if (overflow) return { pages };
      const pdf = want.pdf
        ? await page.pdf({
            width: size.auto ? `${pages[0]?.width ?? size.widthPx}px` : size.css.width,
            height: size.auto ? `${pages[0]?.height ?? size.heightPx}px` : size.css.height,
            printBackground: true,
            preferCSSPageSize: true,
            margin: { top: '0', right: '0', bottom: '0', left: '0' },
          })
        : undefined;
      const png: Buffer[] = [];
      if (want.png) {
        const elements = await page.locator('.page').all();
        for (const el of elements)
          png.push(await el.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' }));
      }
      return { pages, ...(pdf ? { pdf } : {}), ...(want.png ? { png } : {}) };
    } finally {
      this.#release(page);
    }
  }

  async close(): Promise<void> {
    await this.#context.close();
    await this.#browser.close();
  }
}
