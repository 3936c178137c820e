import { foundation } from './001-foundation';
import { plan } from './002-plan';
import { confidential } from './003-confidential';
import { meetings } from './004-meetings';
import { searchFilters } from './005-search-filters';
import { heldTime } from './006-held-time';
import { everythingSearch } from './007-everything-search';
import { recordChain } from './008-record-chain';
import { meetingKinds } from './009-meeting-kinds';
import { mentorPractice } from './010-mentor-practice';
import { exchangeForms } from './011-exchange-forms';
import { feedbackResponses } from './012-feedback-responses';
import { charterComments } from './013-charter-comments';
import { sync } from './014-sync';
import { menteeDocumentLocale } from './015-mentee-document-locale';
import { perDeviceChains } from './016-per-device-chains';
import { cheapChangeCapture } from './017-cheap-change-capture';
import { charterVersionsMerge } from './018-charter-versions-merge';
import { keyedRowsSync } from './019-keyed-rows-sync';
import { charterFirstVersionsMerge } from './020-charter-first-versions-merge';
import { outboxWithoutTimeIndex } from './021-outbox-without-time-index';
import type { Migration } from './migration';

/**
 * Every schema step, in order. Add a new file with the next number and list it here;
 * never edit one that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  plan,
  confidential,
  meetings,
  searchFilters,
  heldTime,
  everythingSearch,
  recordChain,
  meetingKinds,
  mentorPractice,
  exchangeForms,
  feedbackResponses,
  charterComments,
  sync,
  menteeDocumentLocale,
  perDeviceChains,
  cheapChangeCapture,
  charterVersionsMerge,
  keyedRowsSync,
  charterFirstVersionsMerge,
  outboxWithoutTimeIndex,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
