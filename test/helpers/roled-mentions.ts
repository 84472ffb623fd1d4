import { EntityResolver, loadMetadata } from '../../pipeline/03-normalize/index.js';
import { nameEntities } from '../../pipeline/draft/name-entities.js';
import type { RoledMention } from '../../pipeline/draft/pick-subject.js';
import { roleOf } from '../../pipeline/draft/read-direction.js';
import { projectPaths } from '../../pipeline/paths.js';
import { SchemaRegistry } from '../../pipeline/schemas.js';

const paths = projectPaths();
/** The project's entities (ISO 3166 and the alias table), as the drafter reads names with them. */
export const entities = new EntityResolver(loadMetadata(paths.metadata, new SchemaRegistry(paths.schemas)).entities);

/** The names of a made-up sentence with the roles their words give them, as the drafter reads them. */
export function roledMentions(text: string): RoledMention[] {
  return nameEntities(text, entities).map((mention) => ({ mention, role: roleOf(text, mention) }));
}
