import { createRequire } from 'node:module';
import type { Entity } from '../../src/types/entity.js';
import type { EntityMetadata } from '../types/entity-metadata.js';
import { compareCodePoints } from '../order.js';

type EntityRecord = EntityMetadata['entities'][number];

const require = createRequire(import.meta.url);
// i18n-iso-countries's node entry registers all its 78 locales, a tenth of the build's start: we only ask it in English, so its core is loaded with that one.
const countries = require('i18n-iso-countries/index') as {
  registerLocale(locale: unknown): void;
  getName(code: string, lang: string): string | undefined;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  toAlpha3(code: string): string | undefined;
  isValid(code: string): boolean;
};
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

let countryCodes: Map<string, string> | undefined;

/**
 * The alpha-3 code of the country with this English ISO 3166 name (or one of
 * its other names), in any case: what i18n-iso-countries's getAlpha3Code(name, 'en')
 * answers, from a table made once. It searches every country's names, lowering
 * each, for every name it is asked: most of the normalize stage's start.
 */
function countryCode(name: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map();
    // In the order getAlpha3Code searches them: the first country to carry a name has it.
    for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
      for (const known of names) if (!countryCodes.has(known.toLowerCase())) countryCodes.set(known.toLowerCase(), countries.toAlpha3(alpha2)!);
    }
  }
  return countryCodes.get(name.toLowerCase());
}

/** Folds the typography a printed name may carry: footnote stars, quotes, spacing, case. */
export function foldName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[*"„“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** An alias that would take a name away from another entity: where it is, and whose name it is. */
export interface AliasConflict {
  entityIndex: number;
  aliasIndex: number;
  alias: string;
  entity: string;
  /** The entity (or ISO 3166 country) the alias also names. */
  other: string;
  /** How the other one is named by it: its id, name or alias, or its ISO 3166 name. */
  as: 'id' | 'name' | 'alias' | 'ISO 3166 name';
}

/**
 * Aliases must name one entity only: an alias that is also another entity's
 * id, name or alias, or the ISO 3166 name of another country, would silently
 * move observations between entities ("Japan" as an alias of ASIA).
 */
export function findAliasConflicts(metadata: EntityMetadata): AliasConflict[] {
  const claims = new Map<string, { entity: string; as: AliasConflict['as'] }[]>();
  const claim = (name: string, entity: string, as: AliasConflict['as']) => {
    const key = foldName(name);
    if (!claims.has(key)) claims.set(key, []);
    claims.get(key)!.push({ entity, as });
  };
  for (const record of metadata.entities) {
    claim(record.id, record.id, 'id');
    claim(record.name, record.id, 'name');
    for (const alias of record.aliases) claim(alias, record.id, 'alias');
  }
  return metadata.entities.flatMap((record, entityIndex) =>
    record.aliases.flatMap((alias, aliasIndex): AliasConflict[] => {
      const other = claims.get(foldName(alias))!.find((candidate) => candidate.entity !== record.id);
      if (other) return [{ entityIndex, aliasIndex, alias, entity: record.id, other: other.entity, as: other.as }];
      const country = countryCode(foldName(alias));
      return country !== undefined && country !== record.id ? [{ entityIndex, aliasIndex, alias, entity: record.id, other: country, as: 'ISO 3166 name' }] : [];
    }),
  );
}

/**
 * Maps printed names to entity ids: our own table first (aggregates, residuals,
 * Mexican states, the names i18n-iso-countries misses), then ISO 3166 names.
 * Remembers every name it resolved, so entities.csv can list the aliases met.
 */
export class EntityResolver {
  private readonly records = new Map<string, EntityRecord>();
  private readonly aliases = new Map<string, string>();
  private readonly met = new Map<string, Set<string>>();
  private readonly used = new Set<string>();
  /** Each printed name's answer: labels repeat in every table, and i18n-iso-countries searches every country's names for each. */
  private readonly peeked = new Map<string, string | null>();

  constructor(metadata: EntityMetadata) {
    for (const record of metadata.entities) {
      this.records.set(record.id, record);
      for (const alias of record.aliases) this.aliases.set(foldName(alias), record.id);
    }
  }

  /** The id a name stands for, without recording it as met. */
  peek(printed: string): string | null {
    let id = this.peeked.get(printed);
    if (id === undefined) {
      const folded = foldName(printed);
      id = this.aliases.get(folded) ?? countryCode(folded) ?? null;
      this.peeked.set(printed, id);
    }
    return id;
  }

  /** The id a printed name stands for, or null when neither table knows it. */
  resolve(printed: string): string | null {
    const id = this.peek(printed);
    if (id) {
      if (!this.met.has(id)) this.met.set(id, new Set());
      this.met.get(id)!.add(printed.replace(/\*$/, '').trim());
      this.use(id);
    }
    return id;
  }

  /** Whether an id written in a recipe or annotation exists. */
  isKnown(id: string): boolean {
    return this.records.has(id) || (/^[A-Z]{3}$/.test(id) && countries.isValid(id));
  }

  /** The members an aggregate lists (none for other kinds, or where its text names none). */
  membersOf(id: string): readonly string[] {
    return this.records.get(id)?.members ?? [];
  }

  /** Records that an observation refers to the id, so that entities.csv lists it. */
  use(id: string): void {
    this.used.add(id);
    for (const member of this.records.get(id)?.members ?? []) this.used.add(member);
  }

  /** The entities the package refers to, with the aliases met in the texts, in id order. */
  table(): Entity[] {
    return [...this.used].sort(compareCodePoints).map((id) => {
      const record = this.records.get(id);
      const aliases = [...(this.met.get(id) ?? [])].sort(compareCodePoints);
      return {
        id,
        name: record?.name ?? countries.getName(id, 'en') ?? id,
        kind: record?.kind ?? 'country',
        members: record?.members?.length ? [...record.members] : null,
        aliases: aliases.length ? aliases : null,
        description: record?.description ?? null,
      };
    });
  }
}
