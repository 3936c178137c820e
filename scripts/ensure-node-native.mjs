// Tests and the CLI need better-sqlite3-multiple-ciphers built for Node's ABI. An
// Electron rebuild of node_modules (by hand or by a tool) would break that, so the
// test command checks it first and rebuilds from source when it does not load.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3-multiple-ciphers');
    const db = new Database(':memory:');
    db.pragma(`cipher='sqlcipher'`);
    db.close();
    return true;
  } catch (err) {
    console.error(`native module does not load in Node ${process.version}: ${err.message.split('\n')[0]}`);
    return false;
  }
}

if (!loads()) {
  console.error('rebuilding better-sqlite3-multiple-ciphers for Node (about a minute)...');
  execFileSync('npm', ['rebuild', 'better-sqlite3-multiple-ciphers'], { stdio: 'inherit' });
  delete require.cache[require.resolve('better-sqlite3-multiple-ciphers')];
  if (!loads()) process.exit(1);
}
