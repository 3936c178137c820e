// electron-builder beforePack hook: records the SHA-256 of the native SQLCipher module
// (rebuilt for Electron by then) in out/main/native-module.json, which goes inside
// app.asar; the packaged app checks the unpacked module against it at start
// (src/main/app/native-integrity.ts).
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const MODULE = 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node';

function nativeHashRecord(projectDir) {
  const sha256 = createHash('sha256').update(readFileSync(path.join(projectDir, MODULE))).digest('hex');
  return { module: MODULE, sha256 };
}

exports.MODULE = MODULE;
exports.nativeHashRecord = nativeHashRecord;
exports.default = async function beforePack(context) {
  const projectDir = context.packager.projectDir;
  writeFileSync(path.join(projectDir, 'out/main/native-module.json'), JSON.stringify(nativeHashRecord(projectDir)));
};
