import type { NegotiationBrief } from "@aiml/domain";
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";

// A4 in points, with 40-point margins.
const PAGE = { width: 595.28, height: 841.89, margin: 40 };
const SIZES = { title: 15, subtitle: 8.5, heading: 10.5, body: 8.5, table: 8, citation: 7 };

/**
 * The standard PDF fonts encode Windows-1252 only: common typographic characters are written
 * in their nearest form, anything else as "?", so any scenario name renders.
 */
const replacements: Record<string, string> = {
  "−": "-",
  "≥": ">=",
  "≤": "<=",
  μ: "mu",
  σ: "sigma",
  "√": "sqrt",
  "→": "->",
  "×": "x",
};
const cp1252Extras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || cp1252Extras.has(ch)) {
      out += ch;
    } else {
      out += replacements[ch] ?? (ch === "\n" ? " " : "?");
    }
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The brief as a one-page PDF (further pages only if a very long scenario needs them). */
export async function renderBriefPdf(brief: NegotiationBrief): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(brief.title));
  pdf.setProducer("AI/ML Job Market offer calculator");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const ensure = (height: number) => {
    if (y - height < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  const write = (text: string, font: PDFFont, size: number, gray = 0) => {
    for (const line of wrap(toWinAnsi(text), font, size, width)) {
      ensure(size * 1.3);
      y -= size * 1.3;
      page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(gray, gray, gray) });
    }
  };

  write(brief.title, bold, SIZES.title);
  write(brief.subtitle, regular, SIZES.subtitle, 0.3);
  for (const section of brief.sections) {
    y -= 6;
    write(section.heading, bold, SIZES.heading);
    for (const paragraph of section.paragraphs) write(paragraph, regular, SIZES.body);
    if (section.table) {
      const columns = section.table.header.length;
      const columnWidth = width / columns;
      const row = (cells: string[], font: PDFFont) => {
        ensure(SIZES.table * 1.4);
        y -= SIZES.table * 1.4;
        cells.forEach((cell, i) => {
          const text = toWinAnsi(cell);
          const textWidth = font.widthOfTextAtSize(text, SIZES.table);
          // First column left-aligned, figures right-aligned.
          const x = i === 0 ? PAGE.margin : PAGE.margin + columnWidth * (i + 1) - textWidth - 4;
          page.drawText(text, { x, y, size: SIZES.table, font });
        });
      };
      row(section.table.header, bold);
      for (const cells of section.table.rows) row(cells, regular);
    }
    for (const citation of section.citations ?? []) write(citation, regular, SIZES.citation, 0.35);
  }
  return pdf.save();
}
