import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageMetadata } from '../types/package-metadata.js';
import { PipelineError } from '../errors.js';
import { parseJsonFile, readValidJson } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** Semantic Versioning 2.0.0, the regular expression semver.org gives. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * The package step's edge: the descriptor's hand-written part, validated
 * against schemas/package-metadata.schema.json, and the version from
 * package.json, which must be semver since consumers compare it.
 */
export function loadPackageMetadata(root: string, schemas: SchemaRegistry): { metadata: PackageMetadata; version: string } {
  const metadata = readValidJson<PackageMetadata>(join(root, 'pipeline', '06-package', 'package-metadata.json'), 'pipeline/06-package/package-metadata.json', 'package-metadata.schema.json', 'METADATA_INVALID', schemas);
  const manifest = parseJsonFile(readFileSync(join(root, 'package.json'), 'utf8'), 'package.json', 'VERSION_INVALID');
  const version = (manifest.data as { version?: unknown }).version;
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    throw new PipelineError('VERSION_INVALID', 'the package version is not a semantic version, and it is written into datapackage.json', {
      file: 'package.json',
      ...manifest.positionOf('/version'),
      expected: 'MAJOR.MINOR.PATCH as semver.org defines it (1.2.0, 1.2.0-rc.1)',
      seen: version === undefined ? '' : String(version),
    });
  }
  return { metadata, version };
}
