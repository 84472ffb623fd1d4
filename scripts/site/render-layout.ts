import type { Source } from '../../src/index.js';
import { embedJson, escapeHtml, sourcePage } from './html.js';

export interface PageOptions {
  /** The file name of the page, which the navigation marks as current. */
  file: string;
  title: string;
  body: string;
  /** Embedded as <script type="application/json" id="page-data"> for the client. */
  data?: unknown;
  /** Scripts beside the page, in order, beyond site.js. */
  scripts?: string[];
}

/** A whole page: the same header, navigation, search box and footer around each page's body. */
export function renderPage(sources: readonly Source[], options: PageOptions): string {
  const links: [string, string][] = [
    ['index.html', 'Home'],
    ...sources.map((source): [string, string] => [sourcePage(source.id), source.id]),
    ['conflicts.html', 'Conflicts'],
    ['catalogue.html', 'Indicators & entities'],
    ['checks.html', 'Checks'],
  ];
  const nav = links.map(([href, label]) => `<li><a href="${href}"${href === options.file ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — mexico-foreign-relations</title>
<link rel="stylesheet" href="site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<p class="brand"><a href="index.html">mexico-foreign-relations</a> <span class="hint">audit site</span></p>
<nav aria-label="Pages"><ul>${nav}</ul></nav>
<form class="search" role="search" action="search.html" method="get"><label for="search-q">Search</label> <input id="search-q" name="q" type="search" placeholder="id, indicator, entity or word"> <button type="submit">Find</button></form>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site"><p>Generated from the package's <a href="datapackage.json">datapackage.json</a>, <code>dist/*.csv</code> and <code>raw/*.txt</code> by <code>npm run site</code>. Works offline.</p></footer>
${options.data === undefined ? '' : `<script type="application/json" id="page-data">${embedJson(options.data)}</script>\n`}${[...(options.scripts ?? []), 'site.js'].map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>
`;
}

/** A table with a caption and a header row; cells are HTML already. */
export function renderTable(caption: string, headers: readonly string[], rows: readonly string[][], attributes = ''): string {
  const head = headers.map((header) => `<th scope="col">${header}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table${attributes}><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}
