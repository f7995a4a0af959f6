import { decline } from "./declined";
import {
  checkDocument,
  checkProcessingInstruction,
  decodeXmlAttr,
  decodeXmlText,
  isNameChar,
  isNameEnd,
  isNameStart,
  isSpace,
} from "./xml-syntax";

/** What `XmlScanner.next()` found. */
export const enum Tok {
  End = 0,
  Open = 1,
  Close = 2,
  /** A self-closing element: reported as Open, then at once as Close. */
  Text = 3,
}

/**
 * A pull scanner for the XML parts of an .xlsx: elements, attributes and text, checked for the
 * well-formedness faults that make ExcelJS's parser (saxes) fail, so a file ExcelJS refuses is never
 * read here as if it were fine. It keeps no tree: attributes of the current element sit in two reused
 * arrays, and text is handed out raw until the caller asks for it decoded.
 *
 * Declines (instead of guessing) on a DOCTYPE, entities other than XML's five and character references,
 * a stray `<` in an attribute, mismatched or unclosed tags.
 */
export class XmlScanner {
  private pos = 0;
  private readonly stack: string[] = [];
  private pendingClose: string | undefined;
  private rootSeen = false;
  /** Name of the element just opened or closed. */
  name = "";
  /** Raw (undecoded) text of the last Text token. */
  private rawText = "";
  /** Names of the current element's attributes; their raw values lie at valueStart..valueEnd. */
  readonly attrNames: string[] = [];
  readonly valueStart: number[] = [];
  readonly valueEnd: number[] = [];
  attrCount = 0;

  constructor(readonly xml: string) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
    checkDocument(xml, this.pos);
  }

  get depth(): number {
    return this.stack.length;
  }

  next(): Tok {
    if (this.pendingClose !== undefined) {
      this.name = this.pendingClose;
      this.pendingClose = undefined;
      this.stack.pop();
      return Tok.Close;
    }
    const xml = this.xml;
    const lt = xml.indexOf("<", this.pos);
    if (lt < 0) {
      this.checkOutside(this.pos, xml.length);
      this.pos = xml.length;
      if (this.stack.length > 0 || !this.rootSeen) decline("xml: unclosed or missing root element");
      return Tok.End;
    }
    if (lt > this.pos) {
      if (this.stack.length === 0) {
        this.checkOutside(this.pos, lt);
      } else {
        this.rawText = xml.slice(this.pos, lt);
        this.pos = lt;
        return Tok.Text;
      }
    }
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 0x2f /* / */) return this.readClose(lt);
    if (c1 === 0x3f /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) decline("xml: unterminated processing instruction");
      checkProcessingInstruction(xml.slice(lt, end + 2), lt === (xml.charCodeAt(0) === 0xfeff ? 1 : 0));
      this.pos = end + 2;
      return this.next();
    }
    if (c1 === 0x21 /* ! */) return this.readBang(lt);
    return this.readOpen(lt);
  }

  /** The text of the last Text token, with entities and line ends as an XML parser gives them. */
  text(): string {
    return decodeXmlText(this.rawText);
  }

  /** Value of an attribute of the current element (decoded), or undefined. */
  attr(name: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === name) return decodeXmlAttr(this.rawAttr(i));
    return undefined;
  }

  /** The i-th attribute's value as written (entities not expanded). */
  rawAttr(i: number): string {
    return this.xml.slice(this.valueStart[i], this.valueEnd[i]);
  }

  /** Skips to the end of the element just opened (its Close has been consumed on return). */
  skipElement(): void {
    const depth = this.stack.length;
    for (;;) {
      const t = this.next();
      if (t === Tok.End) decline("xml: unexpected end");
      if (t === Tok.Close && this.stack.length === depth - 1) return;
    }
  }

  private checkOutside(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = this.xml.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) decline("xml: text outside the root element");
    }
  }

  private readClose(lt: number): Tok {
    const xml = this.xml;
    const open = this.stack.pop();
    let i = lt + 2 + (open === undefined ? 0 : open.length);
    if (open === undefined || !xml.startsWith(open, lt + 2)) return decline("xml: closing tag does not match");
    let c = xml.charCodeAt(i);
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c !== 0x3e) decline("xml: closing tag does not match");
    this.name = open;
    this.pos = i + 1;
    return Tok.Close;
  }

  private readBang(lt: number): Tok {
    const xml = this.xml;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) decline("xml: unterminated comment");
      const dashes = xml.indexOf("--", lt + 4);
      if (dashes < end) decline("xml: '--' inside a comment");
      this.pos = end + 3;
      return this.next();
    }
    if (xml.startsWith("<![CDATA[", lt) && this.stack.length > 0) {
      // ExcelJS listens to no CDATA events: the section's text is not part of any value there.
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) decline("xml: unterminated CDATA");
      this.pos = end + 3;
      return this.next();
    }
    return decline("xml: DOCTYPE or other markup declaration");
  }

  private readOpen(lt: number): Tok {
    const xml = this.xml;
    let i = lt + 1;
    let c = xml.charCodeAt(i);
    while (isNameChar(c)) c = xml.charCodeAt(++i);
    if (i === lt + 1 || !isNameEnd(c) || !isNameStart(xml.charCodeAt(lt + 1))) decline("xml: malformed start tag");
    const name = internName(xml, lt + 1, i);
    if (this.stack.length === 0) {
      if (this.rootSeen) decline("xml: second root element");
      this.rootSeen = true;
    }
    let n = 0;
    for (;;) {
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === 0x3e /* > */) {
        this.stack.push(name);
        this.pos = i + 1;
        break;
      }
      if (c === 0x2f /* / */) {
        if (xml.charCodeAt(i + 1) !== 0x3e) decline("xml: malformed empty-element tag");
        this.stack.push(name);
        this.pendingClose = name;
        this.pos = i + 2;
        break;
      }
      const nameStart = i;
      while (isNameChar(c)) c = xml.charCodeAt(++i);
      const attrName = internName(xml, nameStart, i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c !== 0x3d || attrName.length === 0 || !isNameStart(attrName.charCodeAt(0)))
        decline("xml: malformed attribute");
      for (let k = 0; k < n; k++) if (this.attrNames[k] === attrName) decline("xml: duplicate attribute");
      c = xml.charCodeAt(++i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c !== 0x22 && c !== 0x27) decline("xml: unquoted attribute value");
      const close = xml.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) decline("xml: unterminated attribute value");
      const lt2 = xml.indexOf("<", i + 1);
      if (lt2 >= 0 && lt2 < close) decline("xml: '<' in an attribute value");
      this.attrNames[n] = attrName;
      this.valueStart[n] = i + 1;
      this.valueEnd[n] = close;
      n++;
      i = close + 1;
      c = xml.charCodeAt(i);
      if (!isSpace(c) && c !== 0x3e && c !== 0x2f) decline("xml: no space between attributes");
    }
    this.attrCount = n;
    this.name = name;
    return Tok.Open;
  }
}

/**
 * The name at xml[start, end), without allocating for the names met hundreds of thousands of times in
 * a sheet (row, c, v, f, r, s, t).
 */
function internName(xml: string, start: number, end: number): string {
  const len = end - start;
  const c0 = xml.charCodeAt(start);
  if (len === 1) {
    switch (c0) {
      case 0x63:
        return "c";
      case 0x76:
        return "v";
      case 0x66:
        return "f";
      case 0x72:
        return "r";
      case 0x73:
        return "s";
      case 0x74:
        return "t";
    }
  } else if (len === 3 && c0 === 0x72 && xml.charCodeAt(start + 1) === 0x6f && xml.charCodeAt(start + 2) === 0x77)
    return "row";
  else if (len === 2 && c0 === 0x69 && xml.charCodeAt(start + 1) === 0x73) return "is";
  return xml.slice(start, end);
}
