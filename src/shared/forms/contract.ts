import { method } from '../contract/define';
import { importFormInput, makeFormInput, previewFormInput, selfAssessedLevelsInput, type FormPreview, type ImportedForm, type MadeForm, type SelfAssessedLevel } from './schema';

/**
 * Fillable PDF forms exchanged with a mentee or a rater, with no account and no network.
 * The main process asks where to save and which file to open; a cancelled dialog answers null.
 */
export const formsContract = {
  /** Makes the form, registers its id and asks where to save it. */
  'forms.make': method(makeFormInput).returns<MadeForm | null>(),
  /** Reads a returned form and says what would be recorded where; writes nothing. */
  'forms.preview': method(previewFormInput).returns<FormPreview | null>(),
  /** Records the previewed form (read again and checked again). */
  'forms.import': method(importFormInput).returns<ImportedForm>(),
  /** The mentee's own rubric levels for a meeting, from a returned self-assessment; empty when none. */
  'forms.selfAssessedLevels': method(selfAssessedLevelsInput).returns<SelfAssessedLevel[]>(),
};
