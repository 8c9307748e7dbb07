// A report table as a PDF (pdf-lib): title, range and scope, the table with a
// repeated header on every page, the notes, and page numbers.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ReportTable } from './table';

const PAGE = { width: 842, height: 595 }; // A4 landscape, points
const MARGIN = 36;
const ROW = 14;
const SIZE = 8;

// The standard fonts encode WinAnsi only; anything else is shown as '?', never dropped silently.
const printable = (text: string): string => text.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

/** The text cut to the column's width, with '...' to show it was cut. */
function fit(text: string, font: PDFFont, width: number): string {
  const full = printable(text);
  if (font.widthOfTextAtSize(full, SIZE) <= width - 4) return full;
  let length = full.length;
  while (length > 1 && font.widthOfTextAtSize(`${full.slice(0, length)}...`, SIZE) > width - 4) length--;
  return `${full.slice(0, length)}...`;
}

export async function tableToPdf(table: ReportTable, meta: { generatedAt: string; generatedBy: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(table.title);
  doc.setSubject(table.subtitle);
  doc.setProducer('Ridgeline');
  doc.setCreationDate(new Date(meta.generatedAt));
  doc.setModificationDate(new Date(meta.generatedAt));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const columnWidth = (PAGE.width - 2 * MARGIN) / Math.max(1, table.columns.length);

  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = 0;
  const header = () => {
    y = PAGE.height - MARGIN;
    page.drawText(printable(table.title), { x: MARGIN, y, size: 14, font: bold });
    y -= 16;
    page.drawText(printable(`${table.subtitle} - generated ${meta.generatedAt} by ${meta.generatedBy}`), { x: MARGIN, y, size: SIZE, font });
    y -= ROW * 1.5;
    table.columns.forEach((column, i) => page.drawText(fit(column, bold, columnWidth), { x: MARGIN + i * columnWidth, y, size: SIZE, font: bold }));
    y -= 4;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: PAGE.width - MARGIN, y }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    y -= ROW - 2;
  };
  header();
  for (const row of table.rows) {
    if (y < MARGIN + ROW) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      header();
    }
    row.forEach((cell, i) => page.drawText(fit(String(cell), font, columnWidth), { x: MARGIN + i * columnWidth, y, size: SIZE, font }));
    y -= ROW;
  }
  for (const note of table.notes) {
    if (y < MARGIN + ROW) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
    }
    y -= 4;
    page.drawText(fit(note, font, PAGE.width - 2 * MARGIN), { x: MARGIN, y, size: SIZE, font });
    y -= ROW;
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => p.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE.width - MARGIN - 60, y: MARGIN / 2, size: SIZE, font }));
  return doc.save({ useObjectStreams: false });
}
