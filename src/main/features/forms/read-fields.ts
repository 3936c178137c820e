import { PDFCheckBox, PDFDict, PDFDocument, PDFDropdown, PDFName, PDFOptionList, PDFRadioGroup, PDFRawStream, PDFTextField } from '@cantoo/pdf-lib';
import { MAX_FORM_BYTES } from '../../../shared/forms/schema';
import { VaultError } from '../../vault/vault-error';

/** A field of a returned form, as its type and value were read (never run, never drawn). */
export type FieldValue = { type: 'text'; value: string } | { type: 'choice'; value: string } | { type: 'check'; value: boolean } | { type: 'other' };

export type FieldMap = ReadonlyMap<string, FieldValue>;

/** Why a file is refused, in words the mentor can pass on (never quoting its content). */
export function refuseFile(message: string): VaultError {
  return new VaultError('INVALID_INPUT', `This file cannot be imported: ${message}`);
}

export const FLATTENED_MESSAGE =
  'it has no fillable fields left, as happens when a form is "printed" to PDF. Ask the person who filled it to save it instead (File > Save, or the download button of the browser\'s PDF viewer) and send that file.';

const ACTION_KEYS = ['JS', 'JavaScript', 'AA', 'OpenAction', 'Launch', 'SubmitForm', 'ImportData'].map((k) => PDFName.of(k));

/** Our forms carry no actions at all: one that does was changed after it left the vault. */
function hasActions(doc: PDFDocument): boolean {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : null;
    if (!dict) continue;
    if (ACTION_KEYS.some((key) => dict.has(key))) return true;
    const subtype = dict.get(PDFName.of('S'));
    if (subtype instanceof PDFName && ['JavaScript', 'Launch', 'SubmitForm', 'ImportData', 'URI'].includes(subtype.decodeText())) return true;
  }
  const catalogNames = doc.catalog.get(PDFName.of('Names'));
  return catalogNames instanceof PDFDict && catalogNames.has(PDFName.of('JavaScript'));
}

/**
 * Reads a returned form's fields. Refuses, as a typed error and before anything else is
 * looked at: a file too large, not a PDF, encrypted, carrying scripts or other actions,
 * or with no fields (flattened).
 */
export async function readFormFields(bytes: Uint8Array): Promise<FieldMap> {
  if (bytes.length > MAX_FORM_BYTES) throw refuseFile('it is larger than 10 MB; a returned form is far smaller.');
  if (bytes.length < 8 || Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw refuseFile('it is not a PDF document.');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false, warnOnInvalidObjects: false });
  } catch {
    throw refuseFile('the PDF is damaged or incomplete; ask for the saved file again.');
  }
  if (doc.isEncrypted) throw refuseFile('it is encrypted or password-protected; ask for a copy saved without a password.');
  let fields;
  try {
    if (hasActions(doc)) throw refuseFile('it contains scripts or actions that this app\'s forms never have; it was changed after it was made.');
    fields = doc.getForm().getFields();
  } catch (err) {
    if (err instanceof VaultError) throw err;
    throw refuseFile('its form fields are damaged; ask for the saved file again.');
  }
  if (fields.length === 0) throw refuseFile(FLATTENED_MESSAGE);
  const map = new Map<string, FieldValue>();
  try {
    for (const field of fields) {
      const name = field.getName();
      if (field instanceof PDFTextField) map.set(name, { type: 'text', value: field.getText() ?? '' });
      else if (field instanceof PDFDropdown || field instanceof PDFOptionList) map.set(name, { type: 'choice', value: field.getSelected()[0] ?? '' });
      else if (field instanceof PDFCheckBox) map.set(name, { type: 'check', value: field.isChecked() });
      else if (field instanceof PDFRadioGroup) map.set(name, { type: 'choice', value: field.getSelected() ?? '' });
      else map.set(name, { type: 'other' });
    }
  } catch {
    throw refuseFile('its form fields are damaged; ask for the saved file again.');
  }
  return map;
}
