import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { generateSite } from '../../scripts/site/index.js';
import { load, type Dataset } from '../../src/index.js';
import { tempDir } from '../helpers/temp-dir.js';
import { launchBrowser, seriousViolations, watchPage } from './browser.js';

/** Screenshots for a person to look at; the folder is gitignored. */
const SCREENSHOTS = join(projectRoot, 'test-output', 'site');
/** A phone's viewport (CSS pixels). */
const PHONE = { width: 390, height: 844 };

/** A desktop's viewport, the interaction tests'. */
const DESKTOP = { width: 1280, height: 900 };

let site: string;
let data: Dataset;
let browser: BrowserContext;
/** One tab for every page of the file: a tab costs a renderer process, and axe-core compiles faster in one that has compiled it. */
let tab: Page;
/** What went wrong since the tab last opened a page (see watchPage). */
let problems: string[];

beforeAll(async () => {
  site = join(tempDir('mfr-site-'), 'site');
  await generateSite({ root: projectRoot, out: site, projectRoot });
  data = await load({ root: projectRoot });
  browser = await launchBrowser();
  tab = await browser.newPage();
  problems = watchPage(tab);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const urlOf = (page: string) => pathToFileURL(join(site, page)).href;
const sourcePageOf = (sourceId: string) => `source-${sourceId}.html`;

/** Loads a page afresh in the tab: a page that differs from the one shown only by its fragment is loaded from blank, not scrolled to. */
async function open(page: string, viewport = DESKTOP): Promise<{ tab: Page; problems: string[] }> {
  const size = tab.viewportSize();
  if (size?.width !== viewport.width || size.height !== viewport.height) await tab.setViewportSize(viewport);
  const [file, fragment] = page.split('#');
  if (tab.url().split('#')[0] === urlOf(file!)) await tab.goto('about:blank');
  problems.splice(0);
  await tab.goto(`${urlOf(file!)}${fragment === undefined ? '' : `#${fragment}`}`, { waitUntil: 'load' });
  return { tab, problems };
}

/**
 * Runs in the page: for each observation and event of a source page's text, the line its number is printed on as
 * the gutter shows it (the last line number at or above the number's row). A chip stands after the words of
 * another row, not on its own row's first line, and is left out.
 */
function gutterLines(): [string, number][] {
  return [...document.querySelectorAll('pre.text a.num[id]:not(.chip)')].map((element): [string, number] => {
    const block = element.closest<HTMLElement>('pre.text')!;
    const style = getComputedStyle(block);
    const rowHeight = parseFloat(style.lineHeight);
    const top = block.getBoundingClientRect().top + block.clientTop + parseFloat(style.paddingTop);
    const box = element.getClientRects()[0]!;
    const rows = block.dataset['gutter']!.split('\n');
    let row = Math.floor(((box.top + box.bottom) / 2 - top) / rowHeight);
    while (row > 0 && rows[row] === '') row -= 1;
    return [element.id, Number(rows[row])];
  });
}

/** Each row's id → its line in dist/. */
const distLines = () => new Map([...data.observations.map((row) => [row.obs_id, row.line] as const), ...(data.events ?? []).map((row) => [row.event_id, row.line] as const)]);

/** The page as the tab shows it, for a test that only reads it: loaded only if the tab shows another page. */
async function view(page: string): Promise<{ tab: Page; problems: string[] }> {
  return tab.url().split('#')[0] === urlOf(page) ? { tab, problems } : open(page);
}

/** Korea Table 1, 1980, Exports: found by its cell, not by its id. */
function koreaExports1980() {
  const observation = data.observations.find((row) => row.source_id === 'korea-commission-2005' && row.table === 'Table 1' && row.row_label === '1980' && row.column_label === 'Exports');
  if (!observation) throw new Error('no observation for Korea Table 1, 1980, Exports');
  return observation;
}

describe('every page of the site, at a phone width', () => {
  const visits = new Map<string, { problems: string[]; violations: string[]; ids: string[]; overflow: number; lines: [string, number][] }>();

  beforeAll(async () => {
    for (const page of readdirSync(site).filter((name) => name.endsWith('.html')).sort()) {
      const { tab, problems } = await open(page, PHONE);
      const { ids, overflow } = await tab.evaluate(() => ({ ids: [...document.querySelectorAll('[id]')].map((element) => element.id), overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth }));
      const lines = await tab.evaluate(gutterLines);
      // The page's own problems, before axe-core runs in it.
      visits.set(page, { problems: [...problems], violations: await seriousViolations(tab), ids, overflow, lines });
    }
    // Ten pages, each scanned by axe-core: seconds each on a busy machine.
  }, 240_000);

  it('has a page per source beside the home, conflicts, catalogue, checks and search pages', () => {
    const expected = ['index.html', 'conflicts.html', 'catalogue.html', 'checks.html', 'search.html', ...data.sources.map((source) => sourcePageOf(source.id))];
    expect([...visits.keys()].sort()).toEqual(expected.sort());
  });

  it('loads each with no console error, no uncaught exception and no request off the disk', () => {
    for (const [page, visit] of visits) expect(visit.problems, page).toEqual([]);
  });

  it('passes axe-core with no serious or critical violation', () => {
    for (const [page, visit] of visits) expect(visit.violations, page).toEqual([]);
  });

  it('fits a phone: no page scrolls sideways', () => {
    for (const [page, visit] of visits) expect(visit.overflow, page).toBeLessThanOrEqual(0);
  });

  it('gives every observation and event of dist/ exactly one element with its id, on its source page', () => {
    const counts = new Map<string, { count: number; pages: string[] }>();
    for (const [page, visit] of visits) {
      for (const id of visit.ids) {
        const entry = counts.get(id) ?? { count: 0, pages: [] };
        counts.set(id, { count: entry.count + 1, pages: [...entry.pages, page] });
      }
    }
    const rows = [...data.observations.map((row) => ({ id: row.obs_id, source: row.source_id })), ...(data.events ?? []).map((row) => ({ id: row.event_id, source: row.source_id }))];
    expect(rows.length).toBeGreaterThan(0);
    const wrong = rows.filter((row) => {
      const entry = counts.get(row.id);
      return entry?.count !== 1 || entry.pages[0] !== sourcePageOf(row.source);
    });
    expect(wrong.map((row) => `${row.id}: ${JSON.stringify(counts.get(row.id) ?? 'no element')}`)).toEqual([]);
  });

  it('numbers the lines of each text beside them, where lines wrap too: the gutter shows each number\'s line', () => {
    const lineOf = distLines();
    const shown = [...visits.values()].flatMap((visit) => visit.lines);
    expect(shown.length).toBeGreaterThan(data.observations.length / 2);
    expect(shown.filter(([id, line]) => lineOf.get(id) !== line).map(([id, line]) => `${id}: line ${lineOf.get(id)}, beside ${line}`)).toEqual([]);
  });
});

describe('a source page', () => {
  it('opens the panel of a clicked number with its source line and its reconciliation rivals', async () => {
    const observation = koreaExports1980();
    const candidates = data.candidates!.filter((row) => row.key_id === data.candidates!.find((candidate) => candidate.obs_id === observation.obs_id)!.key_id);
    const rivals = candidates.filter((row) => row.obs_id !== observation.obs_id);
    expect(rivals.length).toBeGreaterThan(0);
    const { tab, problems } = await open('index.html');
    await tab.goto(urlOf(sourcePageOf(observation.source_id)));
    await tab.locator(`[id="${observation.obs_id}"]`).click();
    const panel = tab.locator('#panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('#panel-title').textContent()).toContain(observation.obs_id);
    const sourceLine = readFileSync(join(projectRoot, 'raw', `${observation.source_id}.txt`), 'utf8').split('\n')[observation.line - 1]!;
    expect(await panel.locator('.source-line').textContent()).toBe(sourceLine.replace(/\r$/, ''));
    expect(await panel.locator('.source-line mark').textContent()).toBe(observation.raw);
    expect(await panel.textContent()).toContain(`Printed on line ${observation.line}`);
    const observations = new Map(data.observations.map((row) => [row.obs_id, row]));
    for (const rival of rivals) {
      const link = `a[href="${sourcePageOf(rival.source_id)}#${encodeURIComponent(rival.obs_id)}"]`;
      const item = panel.locator('.candidate.rival').filter({ has: tab.locator(link) });
      expect(await item.count(), rival.obs_id).toBe(1);
      expect(await item.locator('mark').textContent(), rival.obs_id).toBe(observations.get(rival.obs_id)!.raw);
    }
    // The picture shows the rivals: the panel scrolled to its reconciliation.
    await panel.locator('.candidates').scrollIntoViewIfNeeded();
    await tab.screenshot({ path: join(SCREENSHOTS, 'source-panel.png') });
    expect(problems).toEqual([]);
  });

  it('shows an event dated by a span as an ISO 8601 interval, in its panel and among its key\'s candidates', async () => {
    const event = (data.events ?? []).find((row) => row.date_end !== null);
    if (!event) throw new Error('no event with a date range');
    // A click opens the event's panel whatever panel is open: the page the test before leaves will do.
    const { tab, problems } = await view(sourcePageOf(event.source_id));
    await tab.locator(`[id="${event.event_id}"]`).first().click();
    const panel = tab.locator('#panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.textContent()).toContain(`${event.date}/${event.date_end} (${event.date_precision})`);
    expect(problems).toEqual([]);
  });

  it('is worked from the keyboard: Enter opens a number, Escape closes and returns, j moves to the next, focus is visible', async () => {
    const observation = koreaExports1980();
    const { tab, problems } = await open(sourcePageOf(observation.source_id));
    const number = tab.locator(`[id="${observation.obs_id}"]`);
    await number.focus();
    expect(await number.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await tab.keyboard.press('Enter');
    await tab.locator('#panel').waitFor({ state: 'visible' });
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('panel');
    await tab.keyboard.press('Escape');
    expect(await tab.locator('#panel').isHidden()).toBe(true);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe(observation.obs_id);
    await tab.keyboard.press('j');
    const next = await tab.evaluate((id) => {
      const numbers = [...document.querySelectorAll('a.num')];
      return numbers[numbers.indexOf(document.getElementById(id)!) + 1]?.id;
    }, observation.obs_id);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe(next);
    expect(problems).toEqual([]);
  });

  it('scrolls a deep link to its number, highlights it and opens its panel', async () => {
    const [observation] = data.observations.filter((row) => row.source_id === 'korea-commission-2005').slice(-1);
    const { tab, problems } = await open(`${sourcePageOf(observation!.source_id)}#${encodeURIComponent(observation!.obs_id)}`);
    const number = tab.locator(`[id="${observation!.obs_id}"]`);
    expect(await number.getAttribute('class')).toContain('current');
    expect(await number.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await tab.locator('#panel-title').textContent()).toContain(observation!.obs_id);
    expect(problems).toEqual([]);
  });
  it('scrolls a link to a line (as the search gives) to that line at a phone width, and highlights it; wider, numbers its lines anew', async () => {
    const observation = koreaExports1980();
    const { tab, problems } = await open(`${sourcePageOf(observation.source_id)}#L${observation.line}`, PHONE);
    const sourceLine = readFileSync(join(projectRoot, 'raw', `${observation.source_id}.txt`), 'utf8').split('\n')[observation.line - 1]!;
    const highlighted = await tab.evaluate(() => [...(CSS.highlights.get('target-line') ?? [])].map((range) => range.toString()));
    expect(highlighted).toEqual([`${sourceLine}\n`]);
    expect(await tab.locator(`[id="${observation.obs_id}"]`).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    // Wider, the lines wrap less: the gutter is spaced again (two frames: the resize, then what it observed).
    await tab.setViewportSize(DESKTOP);
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const lineOf = distLines();
    const shown = await tab.evaluate(gutterLines);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter(([id, line]) => lineOf.get(id) !== line).map(([id, line]) => `${id}: line ${lineOf.get(id)}, beside ${line}`)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('names a number to a screen reader by its printed words, then what it is, and never by its drawn label', async () => {
    const observation = koreaExports1980();
    const indicator = data.indicators.find((row) => row.id === observation.indicator)!;
    // The test before leaves the page loaded; what a screen reader is given depends on no state of it.
    const { tab } = await view(sourcePageOf(observation.source_id));
    const cdp = await tab.context().newCDPSession(tab);
    const { root } = await cdp.send('DOM.getDocument');
    /** Chromium's accessibility tree (what a screen reader is given) at the first element matching the selector. */
    const accessibilityOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: true });
      return nodes.map((node) => ({ role: node.role?.value, name: node.name?.value as string | undefined }));
    };
    const [link] = await accessibilityOf(`[id="${observation.obs_id}"]`);
    const words = `${observation.raw} (observation, ${indicator.label}, ${observation.entity} to ${observation.partner}, ${observation.period_start}, `;
    expect(link?.role).toBe('link');
    expect(link?.name?.startsWith(words) && link.name.endsWith(')'), `${link?.name} starts with ${words}`).toBe(true);
    // A numeral that became no row: its words, then why it was ignored (the description), as text after it.
    const ignored = tab.locator('pre.text span.num.k-ignored[data-description]').first();
    const [printed, description] = await ignored.evaluate((element) => [element.textContent, (element as HTMLElement).dataset['description']]);
    const texts = (await accessibilityOf('pre.text span.num.k-ignored[data-description]')).filter((node) => node.role === 'StaticText').map((node) => node.name);
    expect(texts).toEqual([printed, ` (${description})`]);
    // Chromium keeps building the tree for every page the tab loads after, until told to stop.
    await cdp.send('Accessibility.disable');
    await cdp.detach();
  });
});

describe('the conflicts page', () => {
  it('lists every key in conflict and sorts them by spread', async () => {
    const conflicts = [...data.reconciled!, ...(data.reconciled_events ?? [])].filter((key) => key.status === 'conflict');
    const { tab, problems } = await open('conflicts.html');
    const rows = tab.locator('#conflicts tbody tr');
    expect(await rows.count()).toBe(conflicts.length);
    const spreads = () => rows.evaluateAll((elements) => elements.map((row) => Number((row as HTMLTableRowElement).cells[1]!.dataset['sort'])));
    const heading = tab.locator('#conflicts th[data-sort-key="spread"]');
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await spreads();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    expect(await spreads()).toEqual([...ascending].reverse());
    expect(problems).toEqual([]);
  });

  it('charts Korea→Mexico goods flows with one line per reporter and source, and rings the value each year shows', async () => {
    const keys = data.reconciled!.filter((key) => key.concept === 'goods_flow' && key.entity === 'KOR' && key.partner === 'MEX' && key.period_start !== null && key.period_start === key.period_end);
    const keyIds = new Set(keys.map((key) => key.key_id));
    const observations = new Map(data.observations.map((row) => [row.obs_id, row]));
    const series = new Set(data.candidates!.filter((row) => keyIds.has(row.key_id)).map((row) => `${observations.get(row.obs_id)!.entity} (${row.source_id})`));
    expect(series.size).toBeGreaterThan(1);
    // Sorting the table (the test before) leaves the charts as they were drawn.
    const { tab, problems } = await view('conflicts.html');
    const chart = tab.locator('figure[data-chart="goods_flow-KOR-MEX"]');
    const lines = chart.locator('g.series-line path');
    await lines.first().waitFor();
    expect((await lines.locator('title').allTextContents()).sort()).toEqual([...series].sort());
    expect(await chart.locator('g.shown-value circle').count()).toBe(keys.length);
    await chart.screenshot({ path: join(SCREENSHOTS, 'conflicts-chart.png') });
    expect(problems).toEqual([]);
  });
});

describe('the home page and the search box', () => {
  it('links every file of the package for download, and finds an id typed into the search box', async () => {
    const observation = koreaExports1980();
    const { tab, problems } = await open('index.html');
    const links = await tab.locator('ul.downloads a').evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    const paths = data.descriptor.resources.flatMap((resource) => (typeof resource.path === 'string' ? [resource.path] : []));
    expect(links.sort()).toEqual(paths.sort());
    for (const path of paths) expect(readFileSync(join(site, path)).equals(readFileSync(join(projectRoot, path))), path).toBe(true);
    await tab.screenshot({ path: join(SCREENSHOTS, 'home.png') });
    await tab.getByLabel('Search').fill(observation.obs_id);
    await tab.getByRole('button', { name: 'Find' }).click();
    await tab.waitForURL(/search\.html/);
    const results = tab.locator('#search-results a');
    await results.first().waitFor();
    expect(await results.first().getAttribute('href')).toBe(`${sourcePageOf(observation.source_id)}#${encodeURIComponent(observation.obs_id)}`);
    expect(problems).toEqual([]);
  });
});
