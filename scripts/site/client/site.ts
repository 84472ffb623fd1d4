/** The script of every page: the source pages' line numbers and panel, sortable tables, the search page. */
import type { SourcePageData } from '../page-data.js';
import { pageData } from './dom.js';
import { setUpLineNumbers } from './number-lines.js';
import { setUpSourcePage } from './open-panel.js';
import { setUpSearchPage } from './search.js';
import { setUpSortableTables } from './sort-table.js';

setUpLineNumbers();
const data = pageData<SourcePageData | object>();
if (data && 'rows' in data) setUpSourcePage(data);
setUpSortableTables();
setUpSearchPage();
