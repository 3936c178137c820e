import { calendarCommands } from './calendar-commands';
import { confidentialCommands } from './confidential-commands';
import { exportCommands } from './export-commands';
import { formsCommands } from './forms-commands';
import { mergeCopyCommands } from './merge-copy-command';
import { mentorCommands } from './mentor-commands';
import { pdfCommands } from './pdf-commands';
import { syncCommands } from './sync-commands';
import type { CliCommand } from './types';
import { vaultCommands } from './vault-commands';

/** Every verb of `mentor-vault`, one module per area; two-word verbs are keyed "export charter". */
export const commands: Record<string, CliCommand> = {
  ...vaultCommands,
  ...exportCommands,
  ...pdfCommands,
  ...confidentialCommands,
  ...calendarCommands,
  ...mentorCommands,
  ...formsCommands,
  ...syncCommands,
  ...mergeCopyCommands,
};
