/**
 * Rewrites of a part's XML that keep its meaning: how writers other than Excel lay out the same
 * elements (attribute order and quotes, whitespace, line ends, comments).
 */

/** Start tags with their attributes (not the XML declaration or processing instructions). */
const START_TAG = /<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g;

function mapStartTags(xml: string, f: (name: string, attrs: [string, string][], selfClosing: boolean) => string) {
  return xml.replace(START_TAG, (_m, name: string, attrs: string, slash: string) => {
    const list = [...attrs.matchAll(ATTR)].map((a) => [a[1], a[2]] as [string, string]);
    return f(name, list, slash === "/");
  });
}

export function reverseAttributes(xml: string): string {
  return mapStartTags(xml, (name, attrs, sc) => {
    const a = attrs.reverse().map(([k, v]) => ` ${k}=${v}`);
    return `<${name}${a.join("")}${sc ? "/" : ""}>`;
  });
}

export function singleQuotes(xml: string): string {
  return mapStartTags(xml, (name, attrs, sc) => {
    const a = attrs.map(([k, v]) => ` ${k}='${v.slice(1, -1).replace(/'/g, "&apos;")}'`);
    return `<${name}${a.join("")}${sc ? "/" : ""}>`;
  });
}

/** Newlines, tabs and spaces between attributes, around '=', before '>' and in end tags. */
export function spaceInsideTags(xml: string): string {
  const spaced = mapStartTags(xml, (name, attrs, sc) => {
    const a = attrs.map(([k, v]) => `\n\t ${k} = ${v}`);
    return `<${name}${a.join("")}  ${sc ? "/" : ""}>`;
  });
  return spaced.replace(/<\/([\w:.-]+)>/g, "</$1 \n>");
}

/** Elements whose text is their content: no whitespace may be added inside them. */
const TEXT_ELEMENTS = new Set(["t", "v", "f"]);

/** Indents the XML: a newline and spaces between every two tags, except inside <t>, <v>, <f>. */
export function indent(xml: string): string {
  let depth = 0;
  let out = "";
  const tokens = xml.split(/(?=<)|(?<=>)/);
  let prevOpen: string | undefined;
  for (const tok of tokens) {
    if (!tok.startsWith("<")) {
      out += tok;
      prevOpen = undefined;
      continue;
    }
    const closing = tok.startsWith("</");
    const selfClosing = tok.endsWith("/>") || tok.startsWith("<?") || tok.startsWith("<!");
    const name = /^<\/?([\w:.-]+)/.exec(tok)?.[1];
    if (closing) depth--;
    const keepTight = closing && prevOpen !== undefined && prevOpen === name && TEXT_ELEMENTS.has(name ?? "");
    if (out && out.endsWith(">") && !keepTight) out += "\n" + "  ".repeat(Math.max(depth, 0));
    out += tok;
    if (!closing && !selfClosing) depth++;
    prevOpen = !closing && !selfClosing ? name : undefined;
  }
  return out;
}

export function crlf(xml: string): string {
  return xml.replace(/\r?\n/g, "\r\n");
}

export function withBom(xml: string): string {
  return "\ufeff" + xml;
}

/** Comments and processing instructions between elements (never inside <t>, <v>, <f>). */
export function commentsAndPis(xml: string): string {
  return xml
    .replace(/(<\?xml[^>]*\?>)/, "$1<!-- written by a test --><?telaah-pi data?>")
    .replace(/<\/row>/g, "</row><!-- end of row -->")
    .replace(/(<c [^>]*[^/]>)(?=<[fvi])/g, "$1<!-- cell -->")
    .replace(/<\/si>/g, "</si><?pi between strings?>")
    .replace(/<sheets>/g, "<sheets><!-- sheets -->");
}
