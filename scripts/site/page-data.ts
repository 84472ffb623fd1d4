/**
 * The shape of the JSON the generator embeds in each page and the client reads
 * (types only: both sides import them, nothing of it runs).
 */

/** A line of a raw text with the quoted span cut out of it. */
export interface QuotedLine {
  line: number;
  before: string;
  span: string;
  after: string;
}

export interface PanelCheck {
  checkId: string;
  role: 'target' | 'input';
  status: string;
  description: string;
  expected: number;
  found: number;
  tolerance: number;
  acknowledgement: string | null;
  /** The checked cell and its inputs, each with a link to it. */
  cells: { id: string; href: string; role: 'target' | 'input' }[];
}

export interface PanelCandidate {
  id: string;
  sourceId: string;
  href: string;
  /** The value (observation, in the key's orientation) or date (event) it stands for. */
  value: string;
  chosen: boolean;
  shown: boolean;
  setAsideBy: string | null;
  reason: string;
  quote: QuotedLine;
}

export interface PanelKey {
  keyId: string;
  status: string;
  rule: string;
  /** The value or date the key shows. */
  shown: string;
  note: string | null;
  candidates: PanelCandidate[];
}

/** What a click on a number of a source page shows. */
export interface PanelRow {
  kind: 'observation' | 'event';
  id: string;
  /** Field name → value as a reader reads it (indicator with its label, entity with its name…). */
  fields: [string, string][];
  quote: QuotedLine;
  transformations: { step: string; from: string; to: string; rule: string }[];
  consistent: boolean;
  checks: PanelCheck[];
  keyId: string | null;
}

export interface SourcePageData {
  sourceId: string;
  rows: Record<string, PanelRow>;
  keys: Record<string, PanelKey>;
}

/** One printed figure of a charted series. */
export interface ChartPoint {
  year: number;
  /** In the chart's display unit (millions for dollars). */
  value: number;
  /** Reporter and source: one line each. */
  series: string;
  /** The key shows this figure. */
  shown: boolean;
  href: string;
  keyId: string;
}

export interface ChartData {
  id: string;
  title: string;
  unitLabel: string;
  points: ChartPoint[];
}

export interface ConflictsPageData {
  charts: ChartData[];
}

/** One entry of the search index (search-index.js). */
export interface SearchEntry {
  kind: string;
  /** What is matched and shown. */
  text: string;
  href: string;
}
