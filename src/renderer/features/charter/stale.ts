/** Invalidated after any change to a charter: the charter, its versions, comparisons and the dashboards (pilot). */
export const CHARTER_QUERIES = ['charter.', 'dashboard.'] as const;
