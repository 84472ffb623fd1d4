/**
 * The import-only floor of the build benchmark: a process that loads the
 * libraries the build stands on (csv-parse, ajv, arquero) and does nothing.
 * The build's time is quoted as a multiple of this one's, measured in the same run.
 */
import 'csv-parse/sync';
import 'ajv';
import 'arquero';
