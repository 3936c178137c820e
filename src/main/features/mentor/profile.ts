import type { MentorProfile } from '../../../shared/mentor/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';

/** Kept in the vault's settings table: it is the mentor's data, and travels with the vault. */
const KEY = 'mentor_profile';

export function getMentorProfile(db: Db): MentorProfile {
  const raw = sql<string>(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (!raw) return { name: '', title: '' };
  const parsed = JSON.parse(raw) as Partial<MentorProfile>;
  return { name: parsed.name ?? '', title: parsed.title ?? '' };
}

export function updateMentorProfile(db: Db, profile: MentorProfile): MentorProfile {
  sql(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify({ name: profile.name, title: profile.title }),
  );
  return getMentorProfile(db);
}
