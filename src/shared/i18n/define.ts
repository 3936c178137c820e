/**
 * The shape of one area's messages (messages/<area>.ts). English, the source, gives each id
 * its ICU message and a note for translators; every other language gives each of the same
 * ids its message. `Translation<typeof en>` makes a missing or unknown id a compile error.
 */
export interface SourceMessage {
  /** ICU MessageFormat: {name}, {count, plural, one {# goal} other {# goals}}, {when, date, medium}. */
  readonly message: string;
  /** For the translator: where the words appear and what the arguments are. */
  readonly description: string;
}

export type SourceMessages = Readonly<Record<string, SourceMessage>>;

/** Every id of the English area, each with its translated message. */
export type Translation<Source extends SourceMessages> = { readonly [Id in keyof Source]: string };

/** One area as the catalogue reads it. */
export interface MessageArea<Source extends SourceMessages = SourceMessages> {
  readonly en: Source;
  readonly de: Translation<Source>;
}
