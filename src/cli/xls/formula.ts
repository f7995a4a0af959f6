/**
 * BIFF8 formulas back to the text Excel shows ("=SUM(G13:G20)", "=E12*F12"), so the RUMUS rules see
 * an .xls as they see an .xlsx. A formula is stored as tokens in reverse Polish order; this turns the
 * common ones (operators, constants, references in this and other sheets, names, functions, SUM's
 * shortcut) back into infix text, and gives null for a token it does not know, leaving that cell with
 * its result only. Whitespace tokens are dropped. Layout: [MS-XLS] section 2.5.198 (Ptg).
 */
import { columnLetters } from "../../core/sheet/address";
import { BIFF_ERRORS } from "./biff-common";
import { FUNCTIONS } from "./functions";

export interface FormulaContext {
  /**
   * The sheet (or sheets, "A:B") an EXTERNSHEET index names, with the 1-based number of its workbook
   * when that is another one ("[1]Mar"); null for a deleted one.
   */
  sheetOf(ixti: number): { name: string; book?: number } | null;
  /** A defined name by its 1-based index. */
  nameOf(index: number): string | null;
  /** An add-in function or external name: EXTERNSHEET index, 1-based name index. */
  externNameOf(ixti: number, index: number): string | null;
}

const BINARY: Record<number, string> = {
  0x03: "+",
  0x04: "-",
  0x05: "*",
  0x06: "/",
  0x07: "^",
  0x08: "&",
  0x09: "<",
  0x0a: "<=",
  0x0b: "=",
  0x0c: ">=",
  0x0d: ">",
  0x0e: "<>",
  0x0f: " ",
  0x10: ",",
  0x11: ":",
};

/**
 * "Sheet!" before a reference, quoted where Excel quotes it (anything but letters, digits, _ and a
 * non-digit start, or a name that reads as a cell), with "[n]" for another workbook.
 */
export function sheetPrefix(sheet: { name: string; book?: number }): string {
  const plain = sheet.name
    .split(":")
    .every((n) => /^[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*$/.test(n) && !/^[A-Za-z]{1,3}\d+$/.test(n));
  const text = `${sheet.book ? `[${sheet.book}]` : ""}${sheet.name}`;
  return plain ? `${text}!` : `'${text.replace(/'/g, "''")}'!`;
}

function cellRef(row: number, col: number, rowRel: boolean, colRel: boolean): string {
  return `${colRel ? "" : "$"}${columnLetters(col)}${rowRel ? "" : "$"}${row + 1}`;
}

function numberText(n: number): string {
  return String(n).replace("e", "E");
}

/**
 * The text of formula tokens `rgce` for the cell at `base` (0-based), with a leading "=", or null when
 * a token is not one this reads. Relative references of shared formulas (RefN, AreaN) are taken from `base`.
 */
export function formulaText(rgce: Uint8Array, base: { row: number; col: number }, ctx: FormulaContext): string | null {
  const view = new DataView(rgce.buffer, rgce.byteOffset, rgce.byteLength);
  const stack: string[] = [];
  const need = (n: number) => stack.length >= n;
  let at = 0;
  const u16 = (o: number) => view.getUint16(o, true);
  // A reference's row, and its column word: 8 bits of column, bit 14 column-relative, bit 15 row-relative.
  const ref = (rw: number, colWord: number, shared: boolean) => {
    const rowRel = (colWord & 0x8000) !== 0;
    const colRel = (colWord & 0x4000) !== 0;
    let row = rw;
    let col = colWord & 0xff;
    if (shared && rowRel) row = (base.row + ((rw << 16) >> 16) + 65536) % 65536;
    if (shared && colRel) col = (base.col + ((col << 24) >> 24) + 256) % 256;
    return cellRef(row, col, rowRel, colRel);
  };
  try {
    while (at < rgce.length) {
      const ptg = rgce[at++];
      if (BINARY[ptg] !== undefined) {
        if (!need(2)) return null;
        const b = stack.pop()!;
        const a = stack.pop()!;
        stack.push(`${a}${BINARY[ptg]}${b}`);
        continue;
      }
      switch (ptg) {
        case 0x12:
        case 0x13:
          if (!need(1)) return null;
          stack.push(`${ptg === 0x12 ? "+" : "-"}${stack.pop()}`);
          continue;
        case 0x14:
          if (!need(1)) return null;
          stack.push(`${stack.pop()}%`);
          continue;
        case 0x15:
          if (!need(1)) return null;
          stack.push(`(${stack.pop()})`);
          continue;
        case 0x16:
          stack.push("");
          continue;
        case 0x17: {
          const count = rgce[at];
          const wide = (rgce[at + 1] & 1) === 1;
          let s = "";
          for (let i = 0; i < count; i++) s += String.fromCharCode(wide ? u16(at + 2 + 2 * i) : rgce[at + 2 + i]);
          at += 2 + count * (wide ? 2 : 1);
          stack.push(`"${s.replace(/"/g, '""')}"`);
          continue;
        }
        case 0x19: {
          const flags = rgce[at];
          const data = u16(at + 1);
          at += 3;
          if (flags & 0x04) at += 2 * (data + 1); // CHOOSE's jump table
          if (flags & 0x10) {
            if (!need(1)) return null;
            stack.push(`SUM(${stack.pop()})`);
          }
          continue;
        }
        case 0x1c:
          stack.push(BIFF_ERRORS[rgce[at++]] ?? "#VALUE!");
          continue;
        case 0x1d:
          stack.push(rgce[at++] ? "TRUE" : "FALSE");
          continue;
        case 0x1e:
          stack.push(String(u16(at)));
          at += 2;
          continue;
        case 0x1f:
          stack.push(numberText(view.getFloat64(at, true)));
          at += 8;
          continue;
        default:
          break;
      }
      // Classed tokens: the same meaning in reference, value and array class.
      const kind = ptg >= 0x20 && ptg < 0x80 ? (ptg & 0x1f) | 0x20 : ptg;
      switch (kind) {
        case 0x21: {
          const fn = FUNCTIONS[u16(at)];
          at += 2;
          if (!fn || fn.args === undefined || !need(fn.args)) return null;
          const args = stack.splice(stack.length - fn.args, fn.args);
          stack.push(`${fn.name}(${args.join(",")})`);
          break;
        }
        case 0x22: {
          const count = rgce[at] & 0x7f;
          const id = u16(at + 1) & 0x7fff;
          at += 3;
          if (!need(count)) return null;
          const args = stack.splice(stack.length - count, count);
          if (id === 255) {
            // A function Excel 97 does not know (an add-in, or IFERROR and later): its name comes first.
            if (args.length === 0) return null;
            stack.push(`${args[0].replace(/^_xlfn\./, "")}(${args.slice(1).join(",")})`);
          } else {
            const fn = FUNCTIONS[id];
            if (!fn) return null;
            stack.push(`${fn.name}(${args.join(",")})`);
          }
          break;
        }
        case 0x23: {
          const name = ctx.nameOf(view.getUint32(at, true));
          at += 4;
          if (name === null) return null;
          stack.push(name);
          break;
        }
        case 0x24:
        case 0x2c:
          stack.push(ref(u16(at), u16(at + 2), kind === 0x2c));
          at += 4;
          break;
        case 0x25:
        case 0x2d: {
          const shared = kind === 0x2d;
          stack.push(`${ref(u16(at), u16(at + 4), shared)}:${ref(u16(at + 2), u16(at + 6), shared)}`);
          at += 8;
          break;
        }
        case 0x26:
        case 0x27:
        case 0x28:
          at += 6; // the area's sub-expression follows as ordinary tokens
          break;
        case 0x29:
          at += 2;
          break;
        case 0x2a:
          stack.push("#REF!");
          at += 4;
          break;
        case 0x2b:
          stack.push("#REF!");
          at += 8;
          break;
        case 0x39: {
          const name = ctx.externNameOf(u16(at), view.getUint32(at + 2, true));
          at += 6;
          if (name === null) return null;
          stack.push(name);
          break;
        }
        case 0x3a:
        case 0x3c: {
          const sheet = ctx.sheetOf(u16(at));
          const text = kind === 0x3c ? "#REF!" : ref(u16(at + 2), u16(at + 4), false);
          at += 6;
          if (sheet === null) return null;
          stack.push(`${sheetPrefix(sheet)}${text}`);
          break;
        }
        case 0x3b:
        case 0x3d: {
          const sheet = ctx.sheetOf(u16(at));
          const text =
            kind === 0x3d ? "#REF!" : `${ref(u16(at + 2), u16(at + 6), false)}:${ref(u16(at + 4), u16(at + 8), false)}`;
          at += 10;
          if (sheet === null) return null;
          stack.push(`${sheetPrefix(sheet)}${text}`);
          break;
        }
        default:
          return null; // arrays, tables, shared-formula pointers and the rest: no text
      }
    }
  } catch {
    return null; // tokens cut short
  }
  return stack.length === 1 ? `=${stack[0]}` : null;
}
