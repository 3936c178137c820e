import type { EscalationSeverity } from '../../../shared/escalations/schema';

/**
 * Marks the escalation screens show beside words, never instead of them (hidden from screen
 * readers): no words, so they stay out of the catalogue.
 */
export const SEVERITY_MARK: Record<EscalationSeverity, string> = { urgent: '▲▲', high: '▲', medium: '■', low: '▽' };
export const INTACT_MARK = '✓';
export const BROKEN_MARK = '✗';
export const CORRECTED_MARK = '⚠';
/** Between the links to several corrections of one entry. */
export const LINK_SEPARATOR = ', ';
