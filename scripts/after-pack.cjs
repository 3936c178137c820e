// electron-builder afterPack hook: flips the fuses of scripts/fuses.cjs in the packed
// Electron binary before it is signed and wrapped into an installer.
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { fuseConfig } = require('./fuses.cjs');

exports.default = async function afterPack(context) {
  const { appOutDir, packager, electronPlatformName } = context;
  const name = packager.appInfo.productFilename;
  const binary = {
    darwin: path.join(appOutDir, `${name}.app`),
    mas: path.join(appOutDir, `${name}.app`),
    win32: path.join(appOutDir, `${name}.exe`),
    linux: path.join(appOutDir, packager.executableName),
  }[electronPlatformName];
  // macOS binaries are re-signed by electron-builder after this hook.
  await flipFuses(binary, { ...fuseConfig, resetAdHocDarwinSignature: electronPlatformName === 'darwin' && process.arch === 'arm64' });
};
