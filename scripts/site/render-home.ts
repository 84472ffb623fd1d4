import type { Dataset } from '../../src/index.js';
import { escapeHtml, sourcePage } from './html.js';
import type { SitePackage } from './read-package.js';
import { renderPage, renderTable } from './render-layout.js';

/** The home page: what the package is, its sources and rights, counts, downloads, and how to load it. */
export function renderHome(site: SitePackage): string {
  const { data } = site;
  const descriptor = data.descriptor;
  const count = (rows: readonly unknown[] | undefined) => String(rows?.length ?? 0);
  const conflicts = (data.reconciled ?? []).filter((row) => row.status === 'conflict').length + (data.reconciled_events ?? []).filter((row) => row.status === 'conflict').length;
  const failing = data.checks.filter((row) => row.status !== 'pass').length;
  const sources = renderTable('The sources', ['source', 'title', 'authors / publisher', 'published', 'rights', 'figures'], site.sources.map((source) => [
    `<a href="${sourcePage(source.id)}">${escapeHtml(source.id)}</a>`,
    escapeHtml(source.title ?? ''),
    escapeHtml([source.authors?.join('; '), source.publisher].filter(Boolean).join(' — ')),
    escapeHtml(source.published ?? ''),
    escapeHtml(source.rights),
    `${data.observations.filter((row) => row.source_id === source.id).length} observations, ${(data.events ?? []).filter((row) => row.source_id === source.id).length} events`,
  ]));
  const downloads = descriptor.resources.filter((resource) => typeof resource.path === 'string').map((resource) => `<li><a href="${escapeHtml(resource.path as string)}">${escapeHtml(resource.path as string)}</a>${resource.title ? ` — ${escapeHtml(String(resource.title))}` : ''}</li>`).join('\n');
  const body = `<h1>${escapeHtml(String(descriptor.title ?? descriptor.name ?? 'Data package'))}</h1>
<p>${escapeHtml(String(descriptor.description ?? ''))}</p>
<p>Package <code>${escapeHtml(String(descriptor.name ?? ''))}</code> version <code>${escapeHtml(String(descriptor.version ?? ''))}</code>. This site shows the texts with every numeral marked by what it became: click a number to see its row, how the printed text became the value, the checks it takes part in and its rivals from other sources.</p>
<h2>In numbers</h2>
<ul class="counts">
<li><strong>${count(data.observations)}</strong> observations and <strong>${count(data.events)}</strong> events from <strong>${site.sources.length}</strong> texts</li>
<li><strong>${count(data.coverage)}</strong> numerals accounted for</li>
<li><strong>${count(data.checks)}</strong> arithmetic checks, <a href="checks.html"><strong>${failing}</strong> not passing</a></li>
<li><strong>${count(data.reconciled)}</strong> reconciled quantities and <strong>${count(data.reconciled_events)}</strong> reconciled events, <a href="conflicts.html"><strong>${conflicts}</strong> in conflict</a></li>
<li><a href="catalogue.html"><strong>${count(data.indicators)}</strong> indicators and <strong>${count(data.entities)}</strong> entities</a></li>
</ul>
${sources}
<h2>Downloads</h2>
<p>The package as it was built, copied beside this site: the descriptor <a href="datapackage.json">datapackage.json</a> and every file it lists.</p>
<ul class="downloads">
${downloads}
</ul>
<h2>Load it</h2>
${loadSnippets(data)}`;
  return renderPage(site.sources, { file: 'index.html', title: 'Home', body });
}

function loadSnippets(data: Dataset): string {
  const name = String(data.descriptor.name ?? 'mexico-foreign-relations');
  const snippets: [string, string][] = [
    ['TypeScript (npm)', `// npm install ${name}\nimport { load, explain } from '${name}';\n\nconst data = await load();\nconsole.log(data.observations.length, data.observations[0]);\nconsole.log(await explain('${data.observations[0]?.obs_id ?? ''}'));`],
    ['pandas', `import pandas as pd\n# Only an empty cell is missing; periods and printed numbers stay text.\nobs = pd.read_csv("dist/observations.csv", keep_default_na=False, na_values=[""],\n                  dtype={"period_start": str, "period_end": str, "raw": str})`],
    ['R', `library(readr)\nobs <- read_csv("dist/observations.csv", na = "",\n                col_types = cols(period_start = "c", period_end = "c", raw = "c"))`],
    ['DuckDB', `SELECT indicator, entity, partner, period_start, value, unit\nFROM 'dist/observations.csv' LIMIT 10;`],
  ];
  return snippets.map(([label, code]) => `<h3>${escapeHtml(label)}</h3>\n<pre class="code" tabindex="0" aria-label="${escapeHtml(label)} example"><code>${escapeHtml(code)}</code></pre>`).join('\n');
}
