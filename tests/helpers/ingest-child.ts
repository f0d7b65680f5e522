// Ingests a site's sources in a process of its own, for tests that kill it at a chosen point
// (HABAR_FAULT, src/process/fault-injection.ts): `ingest-child.ts ROOT TODAY`.
import { sitePaths } from '../../src/ingest/paths.ts';
import { syncSources } from '../../src/ingest/sync.ts';

const [root, today] = process.argv.slice(2);
await syncSources(sitePaths(root!), { today: today! });
