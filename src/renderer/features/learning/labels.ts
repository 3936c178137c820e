import { RESOURCE_KINDS, RESOURCE_STATUSES, type ResourceKind, type ResourceStatus } from '../../../shared/learning/schema';
import { translator } from '../../../shared/i18n/intl';
import { getActiveLocale } from '../../i18n/active-locale';

/** A resource's kind and status in the language of the screens (also outside React's tree). */
export const resourceKindLabel = (kind: ResourceKind) => translator(getActiveLocale()).t(`learning.kind.${kind}`);
export const resourceStatusLabel = (status: ResourceStatus) => translator(getActiveLocale()).t(`learning.status.${status}`);

/** The choices of a <select>, in the language of the screens (call during render). */
export const resourceKindOptions = () => RESOURCE_KINDS.map((value) => ({ value, label: resourceKindLabel(value) }));
export const resourceStatusOptions = () => RESOURCE_STATUSES.map((value) => ({ value, label: resourceStatusLabel(value) }));
