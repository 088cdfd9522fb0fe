import type { Font, jsPDF } from 'jspdf';
import { COLOR, PAGE, PT, SPACE, TEXT, TEXT_WIDTH, type Rgb, type TextStyle } from './style';
import type { TextCleaner } from './text';
import { wrap, wrapText, type Wrapped } from './wrap';

export type Align = 'left' | 'right' | 'center';

/** Something to draw in the flow: how much of it must share a page with its heading, and how. */
export interface Block {
  /** Height of the first piece that should not be separated from a heading above it. */
  firstHeight: number;
  draw(): void;
}

/**
 * Writes flowing content onto the pages of a jsPDF document: a cursor `y` (top of the next
 * line, mm) that moves down, and a new page whenever the next line would reach the footer.
 * Measures with the embedded font's own widths, so wrapped lines never overflow.
 */
export class Writer {
  y: number = PAGE.top;
  /** Advance widths in em per code point, for the regular and the bold font. */
  private readonly widths = [new Map<number, number>(), new Map<number, number>()] as const;
  private state = '';

  private readonly fonts: readonly [Font, Font];

  /** `fontNames` must be registered in `doc`, each in the style normal (each is a font of its own, named as it is). */
  constructor(
    readonly doc: jsPDF,
    readonly cleaner: TextCleaner,
    readonly fontNames: { readonly regular: string; readonly bold: string },
  ) {
    doc.setFont(fontNames.regular, 'normal');
    const regular = doc.getFont();
    doc.setFont(fontNames.bold, 'normal');
    this.fonts = [regular, doc.getFont()];
  }

  /** The page the cursor is on (content is only ever appended). */
  get page(): number {
    return this.doc.getNumberOfPages();
  }

  /** Width of one line of text in mm. */
  measure(text: string, style: TextStyle): number {
    const cache = this.widths[style.bold ? 1 : 0];
    let em = 0;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      let width = cache.get(cp);
      if (width === undefined) {
        width = this.doc.getStringUnitWidth(char, { font: this.fonts[style.bold ? 1 : 0], fontSize: 10 });
        cache.set(cp, width);
      }
      em += width;
    }
    return em * style.size * PT;
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, width, (s) => this.measure(s, style));
  }

  /** Wrapped lines, with which of them end inside a broken word. */
  wrapJoined(text: string, width: number, style: TextStyle): Wrapped {
    return wrap(text, width, (s) => this.measure(s, style));
  }

  /**
   * Before line `i`: a new page if the line does not fit, or if it starts a long word broken
   * over several lines that would otherwise be split by the page break (unless longer than a page).
   */
  private ensureLine(joined: boolean[], i: number, style: TextStyle): void {
    let lines = 1;
    if (i === 0 || !joined[i - 1]) while (joined[i + lines - 1]) lines++;
    const page = Math.floor((PAGE.bottom - PAGE.top) / style.leading);
    this.ensure((lines <= page ? lines : 1) * style.leading);
  }

  private use(style: TextStyle, color: Rgb = style.color): void {
    const key = `${style.bold}|${style.size}|${color.join(',')}`;
    if (key === this.state) return;
    this.state = key;
    this.doc.setFont(style.bold ? this.fontNames.bold : this.fontNames.regular, 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  /**
   * Draws one line whose line box starts at `top`. With align right or center, `x` is the left
   * edge of a box of `width`.
   */
  line(text: string, x: number, top: number, style: TextStyle, align: Align = 'left', width = 0, color?: Rgb): void {
    if (text === '') return;
    // Last guard: jsPDF would silently drop what the font cannot draw.
    const safe = this.cleaner.drawable(text) ? text : this.cleaner.quoted(text);
    this.use(style, color);
    const offset = align === 'left' ? 0 : align === 'right' ? width - this.measure(safe, style) : (width - this.measure(safe, style)) / 2;
    const baseline = top + style.leading / 2 + 0.357 * style.size * PT;
    this.doc.text(safe, x + offset, baseline);
  }

  /** After drawing on `doc` directly (a picture sets its own font and colours): the next line sets its style again. */
  forget(): void {
    this.state = '';
  }

  newPage(): void {
    this.doc.addPage();
    this.state = '';
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom && this.y > PAGE.top) this.newPage();
  }

  /** Vertical space; none at the top of a page. */
  space(height: number): void {
    if (this.y > PAGE.top) this.y = Math.min(this.y + height, PAGE.bottom);
  }

  rule(x1: number, x2: number, y: number, color: Rgb = COLOR.rule, width = 0.2): void {
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(width);
    this.doc.line(x1, y, x2, y);
  }

  fill(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.doc.setFillColor(color[0], color[1], color[2]);
    this.doc.rect(x, y, w, h, 'F');
  }

  /** Lines of text flowing over pages; a blank line becomes a paragraph gap. */
  paragraph(text: string, style: TextStyle = TEXT.body, indent = 0): Block {
    const { lines, joined } = this.wrapJoined(text, TEXT_WIDTH - indent, style);
    return {
      firstHeight: Math.min(lines.length, 2) * style.leading,
      draw: () => {
        // No single first line at the foot of a page.
        if (lines.length > 1) this.ensure(2 * style.leading);
        lines.forEach((line, i) => {
          if (line === '') return this.space(style.leading * 0.6);
          this.ensureLine(joined, i, style);
          this.line(line, PAGE.left + indent, this.y, style);
          this.y += style.leading;
        });
        this.space(SPACE.paragraph);
      },
    };
  }

  /** A bullet list with hanging indent; `markers` replaces the bullet per item (e.g. "S1"). */
  bullets(items: string[], style: TextStyle = TEXT.body, markers?: string[]): Block {
    const indent = markers ? Math.max(6, ...markers.map((m) => this.measure(m, { ...style, bold: true }) + 2.5)) : 5;
    const wrapped = items.map((item) => this.wrapJoined(item, TEXT_WIDTH - indent, style));
    return {
      firstHeight: Math.min(wrapped[0]?.lines.length ?? 0, 2) * style.leading,
      draw: () => {
        wrapped.forEach(({ lines, joined }, i) => {
          this.ensure(Math.min(lines.length, 2) * style.leading);
          lines.forEach((line, n) => {
            this.ensureLine(joined, n, style);
            if (n === 0) {
              if (markers) this.line(markers[i] ?? '', PAGE.left, this.y, { ...style, bold: true }, 'left', 0, COLOR.accent);
              else this.line('•', PAGE.left + 0.8, this.y, style, 'left', 0, COLOR.accent);
            }
            this.line(line, PAGE.left + indent, this.y, style);
            this.y += style.leading;
          });
          this.y += 1.1;
        });
        this.space(SPACE.paragraph - 1.1);
      },
    };
  }

  /** A heading kept on one page with the first part of the block under it. */
  heading(text: string, style: TextStyle, before: number, block?: Block): void {
    const lines = this.wrap(text, TEXT_WIDTH, style);
    const height = lines.length * style.leading + SPACE.afterHeading;
    this.space(before);
    this.ensure(Math.min(height + (block?.firstHeight ?? 0), PAGE.bottom - PAGE.top));
    for (const line of lines) {
      this.ensure(style.leading);
      this.line(line, PAGE.left, this.y, style);
      this.y += style.leading;
    }
    this.y += SPACE.afterHeading;
    block?.draw();
  }
}
