// Electron fuses flipped in the packaged binary (test/hardening asserts this object).
// They switch off ways to run the app's binary as something else (plain Node, an
// inspector, NODE_OPTIONS) and make it load only its own integrity-checked asar.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

const fuseConfig = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

module.exports = { fuseConfig };
