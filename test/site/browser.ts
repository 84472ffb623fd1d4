import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * Debian's Chromium: its headless shell where installed (`apt-get install chromium-headless-shell`: the same Blink
 * and V8 without the browser's windowing layers, what Playwright itself runs for headless tests), which ran the
 * site test on about 15% less CPU than the full browser (2 cores, Chromium 156); else `chromium`. CHROMIUM_PATH names another build.
 */
const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? DEBIAN_CHROMIUMS.find((path) => existsSync(path)) ?? '/usr/bin/chromium';

/** Headless, with nothing that reaches the network on its own. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One browser for a test file, with a fresh profile in a temp directory the file removes. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (Debian: apt-get install -y chromium-headless-shell, or chromium) or set CHROMIUM_PATH`);
  return chromium.launchPersistentContext(tempDir('mfr-chromium-'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
}

/** What went wrong while a page was open: console errors, uncaught exceptions, requests that left the disk. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => !request.url().startsWith('file:') && problems.push(`network request: ${request.url()}`));
  return problems;
}

/** axe-core from the disk, loaded by the page itself: sending its half megabyte through the protocol to every page cost more. */
const axeUrl = pathToFileURL(createRequire(import.meta.url).resolve('axe-core/axe.min.js')).href;

/**
 * The rules that judge each element by how it is drawn (its colours against what is behind it, its size on the
 * screen) and that cost most on a page of thousands of numbers: link-in-text-block and target-size walk a link's
 * whole text block for every link. What they judge follows from the stylesheet and an element's kind, so they
 * judge the first element of each kind on each page (see firstOfEachKind); every other rule judges every element.
 */
export const DRAWN_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

/** axe-core's violations of impact serious or critical on the page as it is, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: axeUrl });
  const violations = await page.evaluate(async (drawnRules) => {
    type Results = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    type Rule = { id: string; matches: (this: Rule, node: Element, ...rest: unknown[]) => boolean };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Results>; configure: (spec: { rules: { id: string; matches: (node: Element, ...rest: unknown[]) => boolean }[] }) => void; _audit: { rules: Rule[] } } }).axe;
    /**
     * The first element of each kind: the same tag, classes and attribute names (with the values of `style` and of
     * an SVG element's attributes, which carry colours) under ancestors of the same kinds, so the same rules of the stylesheet.
     */
    const firstOfEachKind = () => {
      const kindOf = new Map<Element | null, string>();
      const first = new Map<string, Element>();
      for (const element of document.querySelectorAll('*')) {
        const svg = element instanceof SVGElement;
        const attributes = [...element.attributes].filter((attribute) => attribute.name !== 'class').map((attribute) => (svg || attribute.name === 'style' ? `${attribute.name}=${attribute.value}` : attribute.name));
        const kind = `${kindOf.get(element.parentElement) ?? ''}>${element.tagName}.${[...element.classList].sort().join('.')}[${attributes.sort().join(',')}]`;
        kindOf.set(element, kind);
        if (!first.has(kind)) first.set(kind, element);
      }
      return new Set(first.values());
    };
    // One run over the whole page: the drawn rules keep their own test of what they apply to, and also ask that the
    // element be the first of its kind. axe.configure takes a rule's matches as a function; the rule's own comes from
    // axe's audit (internal: a rule renamed or moved in a later axe-core fails here rather than silently not running).
    const sample = firstOfEachKind();
    axe.configure({ rules: drawnRules.map((id) => {
      const rule = axe._audit.rules.find((candidate) => candidate.id === id);
      if (!rule) throw new Error(`axe-core has no rule ${id}`);
      const matches = rule.matches;
      return { id, matches: (node: Element, ...rest: unknown[]) => sample.has(node) && matches.call(rule, node, ...rest) };
    }) });
    const results = await axe.run(document, { preload: false, resultTypes: ['violations'] });
    return results.violations.map((violation): Violation => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 3).map((node) => String(node.target[0])) }));
  }, DRAWN_RULES);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
}
