/**
 * The embedded database (PGlite over the wire protocol) in a process of its own, so that the
 * systems under test and the load generator do not share its CPU. Prints "listening <url>".
 * Usage: ts-node --swc src/embedded-db-server.ts <data dir>
 */
import { startEmbeddedPostgres } from '../../apps/api/src/db/embedded-postgres';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: embedded-db-server.ts <data dir>');
void startEmbeddedPostgres(dataDir).then((db) => {
  console.log(`listening ${db.url}`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
