import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import { FONT_FILES, locateFonts } from '../documents/fonts';
import type { DocWords } from '../documents/words';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.3, 0.3, 0.34);
const FIELD_BORDER = rgb(0.35, 0.35, 0.45);
const FIELD_FILL = rgb(0.95, 0.96, 1);

/** A 1-5 rating's choices are its numbers: shown and returned the same in every language. */
export const RATING_CHOICES = ['1', '2', '3', '4', '5'];

/** A stored value as an ICU select key, which takes no hyphen ('direct-report' → 'directReport'). */
export const selectKey = (value: string) => value.replace(/-(\p{L})/gu, (_, letter: string) => letter.toUpperCase());

/**
 * Lays a fillable form out top to bottom on A4 pages: text in the shipped Unicode font,
 * fields large enough to read and to click, each with a visible label. The font is
 * embedded whole (not subset) so a reader can draw any answer typed in a script it covers.
 * Its words come from `words`, in the form's language; the fields' names never do.
 */
export class FormWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    readonly doc: PDFDocument,
    readonly words: DocWords,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string, words: DocWords): Promise<FormWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
    const { dir } = locateFonts();
    const font = await doc.embedFont(readFileSync(join(dir, FONT_FILES.normal)), { subset: false });
    const bold = await doc.embedFont(readFileSync(join(dir, FONT_FILES.bold)), { subset: true });
    doc.setTitle(title, { showInWindowTitleBar: true });
    doc.setLanguage(words.locale);
    doc.setCreator('Mentor Vault');
    doc.setProducer('Mentor Vault');
    return new FormWriter(doc, words, font, bold);
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  private lines(text: string, size: number, font: PDFFont, width: number): string[] {
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(next, size) > width) {
          out.push(line);
          line = word;
        } else line = next;
      }
      out.push(line);
    }
    return out;
  }

  text(text: string, options: { size?: number; bold?: boolean; muted?: boolean; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    for (const line of this.lines(text, size, font, WIDTH - indent)) {
      this.room(size * 1.4);
      this.y -= size * 1.3;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: options.muted ? MUTED : INK });
    }
    this.y -= options.gap ?? 4;
  }

  /** A section heading, kept on the page with the start of what follows it. */
  heading(text: string): void {
    this.room(150);
    this.y -= 10;
    this.text(text, { size: 14, bold: true, gap: 6 });
  }

  /** A labelled text box; multiline when taller than one line. */
  textField(name: string, label: string, options: { height?: number; value?: string; hint?: string } = {}): void {
    const height = options.height ?? 26;
    this.room(height + 40);
    this.text(label, { bold: true, gap: 2 });
    if (options.hint) this.text(options.hint, { size: 9.5, muted: true, gap: 2 });
    this.y -= height + 4;
    const field = this.doc.getForm().createTextField(name);
    if (height > 30) field.enableMultiline();
    field.enableScrolling();
    if (options.value) field.setText(options.value);
    field.addToPage(this.page, { x: MARGIN, y: this.y, width: WIDTH, height, font: this.font, borderColor: FIELD_BORDER, backgroundColor: FIELD_FILL, borderWidth: 1 });
    field.setFontSize(11);
    this.y -= 12;
  }

  /** A choice from a short list (a rating), drawn as a drop-down beside its label. */
  choice(name: string, label: string, options: string[], hint = ''): void {
    const labelWidth = WIDTH - 130;
    const lines = this.lines(label, 11, this.bold, labelWidth);
    const hints = hint ? this.lines(hint, 9.5, this.font, labelWidth) : [];
    this.room(Math.max(40, lines.length * 14 + hints.length * 12 + 12));
    const top = this.y;
    lines.forEach((line, i) => this.page.drawText(line, { x: MARGIN, y: top - 14 - i * 14, size: 11, font: this.bold, color: INK }));
    hints.forEach((line, i) => this.page.drawText(line, { x: MARGIN, y: top - 14 - lines.length * 14 - i * 12, size: 9.5, font: this.font, color: MUTED }));
    const field = this.doc.getForm().createDropdown(name);
    field.addOptions(options);
    field.addToPage(this.page, { x: MARGIN + labelWidth + 10, y: top - 26, width: 120, height: 24, font: this.font, borderColor: FIELD_BORDER, backgroundColor: FIELD_FILL, borderWidth: 1 });
    field.setFontSize(11);
    this.y = top - Math.max(32, lines.length * 14 + hints.length * 12 + 8);
  }

  checkbox(name: string, label: string): void {
    const lines = this.lines(label, 11, this.font, WIDTH - 30);
    this.room(lines.length * 14 + 12);
    const top = this.y;
    const box = this.doc.getForm().createCheckBox(name);
    box.addToPage(this.page, { x: MARGIN, y: top - 18, width: 16, height: 16, borderColor: FIELD_BORDER, backgroundColor: FIELD_FILL, borderWidth: 1 });
    lines.forEach((line, i) => this.page.drawText(line, { x: MARGIN + 26, y: top - 14 - i * 14, size: 11, font: this.font, color: INK }));
    this.y = top - Math.max(24, lines.length * 14 + 8);
  }

  /** A field the reader neither shows nor lets anyone change: the form's id and MAC. */
  hidden(name: string, value: string): void {
    const field = this.doc.getForm().createTextField(name);
    field.setText(value);
    field.addToPage(this.page, { x: 0, y: 0, width: 1, height: 1, font: this.font, hidden: true, borderWidth: 0 });
    field.enableReadOnly();
  }

  async save(): Promise<{ bytes: Buffer; pages: number }> {
    this.doc.getForm().updateFieldAppearances(this.font);
    const bytes = Buffer.from(await this.doc.save({ updateFieldAppearances: false }));
    return { bytes, pages: this.doc.getPageCount() };
  }
}
