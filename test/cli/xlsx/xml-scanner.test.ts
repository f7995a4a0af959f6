import { FastReaderDeclined } from "../../../src/cli/xlsx/declined";
import { Tok, XmlScanner } from "../../../src/cli/xlsx/xml-scanner";
import { decodeXmlAttr, decodeXmlText } from "../../../src/cli/xlsx/xml-syntax";

/** Every token of a document, as "open:name[attrs]", "close:name" and "text:…" strings. */
function tokens(xml: string): string[] {
  const x = new XmlScanner(xml);
  const out: string[] = [];
  for (;;) {
    const t = x.next();
    if (t === Tok.End) return out;
    if (t === Tok.Open) {
      const attrs = Array.from({ length: x.attrCount }, (_, i) => `${x.attrNames[i]}=${x.attr(x.attrNames[i])}`);
      out.push(`open:${x.name}${attrs.length ? `[${attrs.join(",")}]` : ""}@${x.depth}`);
    } else if (t === Tok.Close) out.push(`close:${x.name}@${x.depth}`);
    else out.push(`text:${x.text()}`);
  }
}

function declines(xml: string): string {
  try {
    tokens(xml);
  } catch (e) {
    if (e instanceof FastReaderDeclined) return e.reason;
    throw e;
  }
  throw new Error(`not declined: ${xml}`);
}

describe("XmlScanner", () => {
  it("reports elements, attributes (either quote), self-closing elements and text with their depth", () => {
    expect(tokens(`<?xml version="1.0"?>\n<a x="1" y='two'><b/><c k = "v">hi</c></a>`)).toEqual([
      "open:a[x=1,y=two]@1",
      "open:b@2",
      "close:b@1",
      "open:c[k=v]@2",
      "text:hi",
      "close:c@1",
      "close:a@0",
    ]);
  });

  it("expands XML's five entities and character references, and folds line ends as a parser does", () => {
    expect(tokens(`<a t="x&amp;y&#10;z">&lt;&gt;&amp;&quot;&apos; &#233;&#x1F600;\r\nb\rc</a>`)).toEqual([
      "open:a[t=x&y\nz]@1",
      "text:<>&\"' é😀\nb\nc",
      "close:a@0",
    ]);
  });

  it("normalises tabs and line ends in attribute values to spaces; a referenced line end stays", () => {
    expect(decodeXmlAttr("a\tb\r\nc&#10;")).toBe("a b c\n");
    expect(decodeXmlText("a\r\nb")).toBe("a\nb");
  });

  it("skips comments, processing instructions and CDATA (whose text ExcelJS never sees), and allows a BOM", () => {
    expect(tokens(`\uFEFF<a>x<!-- <b> --><?pi x?><![CDATA[<y>]]>z</a>`)).toEqual([
      "open:a@1",
      "text:x",
      "text:z",
      "close:a@0",
    ]);
  });

  it("accepts whitespace before the end of a closing tag", () => {
    expect(tokens(`<a>x</a >`)).toEqual(["open:a@1", "text:x", "close:a@0"]);
  });

  it.each([
    [`<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`, /undefined entity/],
    [`<!DOCTYPE a><a/>`, /DOCTYPE/],
    [`<a><!-- a -- b --></a>`, /'--' inside a comment/],
    [` <?xml version="1.0"?><a/>`, /misplaced or malformed XML declaration/],
    [`<a x="1" x="2"/>`, /duplicate attribute/],
    [`<a><1b/></a>`, /malformed start tag/],
    [`<a>\u0001</a>`, /illegal character/],
    [`<a>]]></a>`, /']]>' in text/],
    [`<a><skipped x="a&b"/></a>`, /bare '&'/],
    [`<a>&nbsp;</a>`, /undefined entity/],
    [`<a>a & b</a>`, /bare '&'/],
    [`<a>&#0;</a>`, /illegal character reference/],
    [`<a><b></a></b>`, /does not match/],
    [`<a><b></b>`, /unclosed/],
    [`<a x="<">`, /'<' in an attribute/],
    [`<a x=1/>`, /unquoted/],
    [`<a x="1"y="2"/>`, /no space between attributes/],
    [`<a/><b/>`, /second root/],
    [`text<a/>`, /outside the root/],
    [`<a x="1`, /unterminated/],
    [``, /missing root/],
  ])("declines %j", (xml, reason) => {
    expect(declines(xml)).toMatch(reason);
  });

  it("skips an element with everything inside it", () => {
    const x = new XmlScanner(`<r><skip a="1"><deep><x/></deep>text</skip><keep/></r>`);
    expect(x.next()).toBe(Tok.Open);
    expect(x.next()).toBe(Tok.Open);
    expect(x.name).toBe("skip");
    x.skipElement();
    expect(x.next()).toBe(Tok.Open);
    expect(x.name).toBe("keep");
  });
});
