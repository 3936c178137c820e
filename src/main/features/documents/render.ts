import pdfmake from 'pdfmake';
import { fontPolicy, locateFonts } from './fonts';
import type { DocDefinition } from './typeset';

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/**
 * Lays out and writes a document definition to bytes. Fonts come from the shipped
 * folder only; URLs are refused outright, so a PDF never makes a request.
 */
export async function renderPdf(doc: DocDefinition, fontsDir?: string): Promise<RenderedPdf> {
  const fonts = locateFonts(fontsDir);
  pdfmake.setFonts(fonts.descriptors);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(fontPolicy(fonts));
  let pages = 0;
  const footer = doc.footer;
  const counted: DocDefinition = {
    ...doc,
    // The footer is laid out once per page with the total: the page count, for free.
    footer: (current: number, total: number, size: unknown) => {
      pages = total;
      return footer ? footer(current, total, size) : null;
    },
  };
  const bytes = await pdfmake.createPdf(counted).getBuffer();
  return { bytes, pages };
}
