/** Invalidated after a sync round or a change of sync settings (a round that applied changes invalidates everything). */
export const SYNC_QUERIES = ['sync.'] as const;
