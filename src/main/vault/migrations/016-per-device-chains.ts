import { EARLIER_DEVICE } from '../../../shared/escalations/timeline-clock';
import { captureTriggersSql } from '../sync-capture/capture-sql';
import { isSyncEnabled } from '../sync-capture/enable';
import { syncedTables } from '../sync-capture/tables';
import type { Migration } from './migration';
import { rebuildTable } from './rebuild-table';

/**
 * Per-device chains (features/escalations/chain.ts): each escalation entry names the
 * device that wrote it and carries its clock, and chains to the previous entry of the same
 * device in its record, so two computers appending to one timeline at once both keep their
 * chain and converge. The entries already here form the one chain of EARLIER_DEVICE, with
 * no clock, exactly as they were hashed; their record's head does not change.
 *
 * The record's state (status, severity, need-to-know, count, head) is recomputed from all
 * its entries in timeline order (clock, device) on every insert, so it is the same on every
 * computer once each has every entry, in whatever order they arrived.
 */
const LATEST = (column: string, record: string) =>
  `(SELECT x.${column} FROM escalation_entries x WHERE x.escalation_id = ${record} AND x.${column} IS NOT NULL
      ORDER BY x.clock DESC, x.device DESC, x.sequence DESC LIMIT 1)`;

/** The head as chain.ts's recordHead computes it: one chain's last hash, or a digest of every device's. */
const HEAD = (record: string, genesis: string) => `(SELECT CASE count(*) WHEN 0 THEN ${genesis} WHEN 1 THEN max(h.hash)
      ELSE record_digest('mentor-vault/escalation-heads/v1' || char(10) || group_concat(h.device || ' ' || h.hash || char(10), '' ORDER BY h.device)) END
    FROM escalation_entries h WHERE h.escalation_id = ${record}
      AND h.sequence = (SELECT max(s.sequence) FROM escalation_entries s WHERE s.escalation_id = ${record} AND s.device = h.device))`;

export const perDeviceChains: Migration = {
  version: 16,
  name: 'per-device chains: each escalation entry names its device and clock, and chains to that device’s previous entry',
  foreignKeysOff: true,
  up(db) {
    rebuildTable(db, 'escalation_entries', (createSql) =>
      createSql.replace(
        'UNIQUE (escalation_id, sequence),',
        `device TEXT NOT NULL DEFAULT '${EARLIER_DEVICE}' CHECK (length(device) BETWEEN 1 AND 64 AND device NOT GLOB '*[^0-9A-Za-z]*'),
        clock TEXT NOT NULL DEFAULT '',
        UNIQUE (escalation_id, device, sequence),
        CHECK ((device = '${EARLIER_DEVICE}') = (clock = '')),`,
      ),
    );
    db.exec(`
      CREATE INDEX escalation_entries_timeline ON escalation_entries (escalation_id, clock, device, sequence);

      DROP TRIGGER escalation_entries_append_in_order;
      CREATE TRIGGER escalation_entries_append_in_order BEFORE INSERT ON escalation_entries BEGIN
        SELECT RAISE(ABORT, 'escalation entries are appended at the end of their device''s chain')
        WHERE NEW.sequence IS NOT (SELECT coalesce(max(sequence), 0) + 1 FROM escalation_entries WHERE escalation_id = NEW.escalation_id AND device = NEW.device)
           OR NEW.prev_hash IS NOT coalesce(
                (SELECT hash FROM escalation_entries WHERE escalation_id = NEW.escalation_id AND device = NEW.device ORDER BY sequence DESC LIMIT 1),
                (SELECT genesis_hash FROM escalations WHERE id = NEW.escalation_id))
           OR (NEW.clock <> '' AND NEW.clock <= coalesce((SELECT max(clock) FROM escalation_entries WHERE escalation_id = NEW.escalation_id AND device = NEW.device), ''))
           OR EXISTS (SELECT 1 FROM escalation_entries WHERE id = NEW.id);
        SELECT RAISE(ABORT, 'a correction points at an earlier entry of the same record')
        WHERE NEW.corrects_entry_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM escalation_entries WHERE id = NEW.corrects_entry_id AND escalation_id = NEW.escalation_id);
      END;

      DROP TRIGGER escalation_entries_move_state;
      CREATE TRIGGER escalation_entries_move_state AFTER INSERT ON escalation_entries BEGIN
        UPDATE escalations SET
          status = coalesce(${LATEST('new_status', 'NEW.escalation_id')}, 'open'),
          severity = coalesce(${LATEST('new_severity', 'NEW.escalation_id')}, initial_severity),
          need_to_know = coalesce(${LATEST('new_need_to_know', 'NEW.escalation_id')}, initial_need_to_know),
          entry_count = entry_count + 1,
          head_hash = ${HEAD('NEW.escalation_id', 'escalations.genesis_hash')}
        WHERE id = NEW.escalation_id;
      END;

      DROP TRIGGER escalations_state_follows_entries;
      CREATE TRIGGER escalations_state_follows_entries BEFORE UPDATE ON escalations
      WHEN NEW.status IS NOT coalesce(${LATEST('new_status', 'NEW.id')}, 'open')
        OR NEW.severity IS NOT coalesce(${LATEST('new_severity', 'NEW.id')}, NEW.initial_severity)
        OR NEW.need_to_know IS NOT coalesce(${LATEST('new_need_to_know', 'NEW.id')}, NEW.initial_need_to_know)
        OR NEW.entry_count IS NOT (SELECT count(*) FROM escalation_entries WHERE escalation_id = NEW.id)
        OR NEW.head_hash IS NOT ${HEAD('NEW.id', 'NEW.genesis_hash')}
      BEGIN
        SELECT RAISE(ABORT, 'an escalation record changes state only through a timeline entry');
      END;
    `);
    // A vault that syncs captures the new columns: its entries' capture triggers are written again.
    if (!isSyncEnabled(db)) return;
    const entries = syncedTables(db).find((table) => table.name === 'escalation_entries')!;
    for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS "sync_capture_escalation_entries_${kind}"`);
    db.exec(captureTriggersSql(entries));
  },
};
