import { useVaultMutation } from '../../bridge/hooks';

/** Reads a returned form (chosen in the open dialog, or dropped) into a preview; writes nothing. */
export function useFormPreview() {
  return useVaultMutation('forms.preview');
}

/** A dropped file's bytes as base64, for the bridge (the renderer never sees paths). */
export async function droppedFile(file: File): Promise<{ name: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name.slice(0, 200) || 'form.pdf', base64: btoa(binary) };
}
