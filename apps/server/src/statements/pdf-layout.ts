/**
 * Page geometry and the few drawing primitives the statement needs. Text is always placed at an
 * explicit position with line breaking off: PDFKit then never starts a page on its own, so page
 * breaks happen only where `PageFlow` decides and the page count is known before numbering.
 */

type Doc = PDFKit.PDFDocument;

export const page = { width: 612, height: 792, margin: 54, bottomMargin: 66 } as const;
export const contentWidth = page.width - 2 * page.margin;
const contentBottom = page.height - page.bottomMargin;

export const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;
const colors = { text: '#000000', muted: '#555555', rule: '#9a9a9a', band: '#e8e8e8' } as const;

const rowHeight = 15;
const cellPadding = 4;
const titleHeight = 20;

export type Align = 'left' | 'right';

export interface TextStyle {
  font?: string;
  size?: number;
  align?: Align;
  muted?: boolean;
}

/** Cuts text to fit `width`, ending it with an ellipsis, so a long descriptor never overflows. */
function fitWidth(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 0 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** One line of text in a box `width` wide, its top at `y`. */
export function cell(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
): void {
  doc
    .font(style.font ?? fonts.regular)
    .fontSize(style.size ?? 9)
    .fillColor(style.muted ? colors.muted : colors.text);
  const fitted = fitWidth(doc, text, width);
  const dx = style.align === 'right' ? width - doc.widthOfString(fitted) : 0;
  doc.text(fitted, x + dx, y, { lineBreak: false });
  doc.fillColor(colors.text);
}

export function rule(doc: Doc, y: number, x: number = page.margin, width = contentWidth): void {
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(colors.rule)
    .moveTo(x, y)
    .lineTo(x + width, y)
    .stroke();
  doc.restore();
}

export function band(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save().rect(x, y, width, height).fill(colors.band);
  doc.restore();
}

export function box(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save().lineWidth(0.75).strokeColor(colors.rule).rect(x, y, width, height).stroke();
  doc.restore();
}

/** Where the next thing goes, and a new page (under a running header) when it would not fit. */
export class PageFlow {
  y: number = page.margin;
  private readonly doc: Doc;
  private readonly runningHeader: string;

  constructor(doc: Doc, runningHeader: string) {
    this.doc = doc;
    this.runningHeader = runningHeader;
  }

  fits(height: number): boolean {
    return this.y + height <= contentBottom;
  }

  /** Starts a new page unless `height` still fits on this one; true when it started one. */
  ensure(height: number): boolean {
    if (this.fits(height)) return false;
    this.doc.addPage();
    cell(this.doc, this.runningHeader, page.margin, page.margin, contentWidth, {
      size: 8,
      muted: true,
    });
    rule(this.doc, page.margin + 14);
    this.y = page.margin + 26;
    return true;
  }

  sectionTitle(title: string): void {
    cell(this.doc, title, page.margin, this.y, contentWidth, { font: fonts.bold, size: 11 });
    this.y += titleHeight;
  }
}

export interface Column {
  header: string;
  width: number;
  align: Align;
}

export interface Row {
  cells: readonly string[];
  bold?: boolean;
}

function drawRow(doc: Doc, flow: PageFlow, columns: readonly Column[], row: Row, header: boolean) {
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  if (header) band(doc, page.margin, flow.y, width, rowHeight);
  let x = page.margin;
  columns.forEach((column, i) => {
    cell(doc, row.cells[i] ?? '', x + cellPadding, flow.y + 4, column.width - 2 * cellPadding, {
      font: header || row.bold ? fonts.bold : fonts.regular,
      size: header ? 8.5 : 9,
      align: column.align,
    });
    x += column.width;
  });
  flow.y += rowHeight;
  if (!header) rule(doc, flow.y, page.margin, width);
}

/**
 * A table that continues across pages: each page it reaches gets the title, marked continued,
 * and the column headers again. The title and headers never sit alone at the foot of a page.
 */
export function table(
  doc: Doc,
  flow: PageFlow,
  title: string,
  columns: readonly Column[],
  rows: readonly Row[],
): void {
  const headerRow: Row = { cells: columns.map((c) => c.header) };
  flow.ensure(titleHeight + 2 * rowHeight);
  flow.sectionTitle(title);
  drawRow(doc, flow, columns, headerRow, true);
  for (const row of rows) {
    if (flow.ensure(rowHeight)) {
      flow.sectionTitle(`${title} (continued)`);
      drawRow(doc, flow, columns, headerRow, true);
    }
    drawRow(doc, flow, columns, row, false);
  }
}

/** A boxed block of wrapped text, moved whole to the next page when it does not fit. */
export function notice(doc: Doc, flow: PageFlow, heading: string, body: string): void {
  const inner = contentWidth - 2 * 8;
  doc.font(fonts.regular).fontSize(8.5);
  const bodyHeight = doc.heightOfString(body, { width: inner, lineGap: 1 });
  const height = 8 + 14 + bodyHeight + 8;
  flow.ensure(height);
  box(doc, page.margin, flow.y, contentWidth, height);
  cell(doc, heading, page.margin + 8, flow.y + 8, inner, { font: fonts.bold, size: 9.5 });
  doc.font(fonts.regular).fontSize(8.5).fillColor(colors.text);
  doc.text(body, page.margin + 8, flow.y + 8 + 14, { width: inner, lineGap: 1 });
  flow.y += height;
}

/** Numbers every page and repeats the customer-service line at its foot. */
export function stampFooters(doc: Doc, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(start + i);
    const y = page.height - page.bottomMargin + 12;
    rule(doc, y - 5);
    const numberWidth = 72;
    cell(doc, text, page.margin, y, contentWidth - numberWidth, { size: 8, muted: true });
    cell(
      doc,
      `Page ${i + 1} of ${count}`,
      page.margin + contentWidth - numberWidth,
      y,
      numberWidth,
      {
        size: 8,
        align: 'right',
      },
    );
  }
}
