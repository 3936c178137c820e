#!/usr/bin/env node
// The CLI is bundled by `npm run build` into out/main/cli.js.
import('../out/main/cli.js');
