import { decline } from "./declined";

/**
 * XML's own rules, as the XML parser ExcelJS uses (saxes) applies them: which characters make a name,
 * what a processing instruction and the declaration look like, which references exist, how text and
 * attribute values are normalised, and what may appear nowhere in a document.
 */

const PI_TARGET = /^<\?([A-Za-z_:][\w.:-]*)(?:\s|\?>)/;
const XML_DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.\d+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>$/;

/**
 * A processing instruction needs a name for its target, and a target spelled "xml" in any case is
 * reserved for the declaration, which may only open the document and has a fixed form.
 */
export function checkProcessingInstruction(pi: string, atStart: boolean): void {
  const m = PI_TARGET.exec(pi);
  if (!m) decline("xml: malformed processing instruction");
  if (m[1].toLowerCase() !== "xml") return;
  if (!atStart || !XML_DECLARATION.test(pi)) decline("xml: misplaced or malformed XML declaration");
}

/** A letter, digit, ".", "-", "_" or ":" (or any non-ASCII character): what an XML name is made of. */
export function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x3a ||
    c === 0x2d ||
    c === 0x2e ||
    c >= 0x80
  );
}

/** A letter, "_" or ":" (or any non-ASCII character): what an XML name may start with. */
export function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
}

/** Characters XML 1.0 does not allow anywhere in a document. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is looked for
const ILLEGAL_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/**
 * Faults an XML parser finds anywhere, checked once over the whole text so that parts this reader
 * skips unread are held to them too: illegal characters, "]]>" outside CDATA, and "&" that does not
 * start a known entity or a legal character reference.
 */
export function checkDocument(xml: string, from: number): void {
  if (ILLEGAL_CHAR.test(xml)) decline("xml: illegal character");
  if (xml.indexOf("]]>") >= 0 && xml.indexOf("<![CDATA[") < 0) decline("xml: ']]>' in text");
  for (let amp = xml.indexOf("&", from); amp >= 0; amp = xml.indexOf("&", amp + 1)) {
    const semi = xml.indexOf(";", amp);
    if (semi < 0 || semi - amp > 12) decline("xml: bare '&'");
    decodeEntities(xml.slice(amp, semi + 1));
  }
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Whitespace, "/" or ">": where an element or attribute name stops. */
export function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2f || c === 0x3e;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  let consumed = 0;
  const out = raw.replace(ENTITY, (whole, body: string, at: number) => {
    if (raw.slice(consumed, at).indexOf("&") >= 0) decline("xml: bare '&'");
    consumed = at + whole.length;
    if (body.charCodeAt(0) !== 0x23 /* # */) {
      const named = NAMED[body];
      if (named === undefined) decline(`xml: undefined entity &${body};`);
      return named;
    }
    const code = body.charCodeAt(1) === 0x78 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!legal) decline(`xml: illegal character reference &${body};`);
    return String.fromCodePoint(code);
  });
  if (raw.slice(consumed).indexOf("&") >= 0) decline("xml: bare '&'");
  return out;
}

function normalizeLineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Character data as a conforming parser reports it: line ends folded to \n, then references expanded. */
export function decodeXmlText(raw: string): string {
  return decodeEntities(normalizeLineEnds(raw));
}

/** An attribute value after XML's normalisation: each tab or line end becomes one space. */
export function decodeXmlAttr(raw: string): string {
  const s = /[\t\n\r]/.test(raw) ? normalizeLineEnds(raw).replace(/[\t\n]/g, " ") : raw;
  return decodeEntities(s);
}
