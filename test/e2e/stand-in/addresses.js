/*
 * Stand-in Excel host, part 1: A1 addresses. Runs in the page (plain browser JavaScript, no modules);
 * scripts/e2e.js joins the stand-in's files into one init script.
 */
/* eslint-disable */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function colLetters(col) {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function a1(row, col) {
  return colLetters(col) + (row + 1);
}

/** "Sheet1!A1:B2" / "'a b'!A1" -> { sheet, ref }; sheet undefined when absent. */
function splitSheet(address) {
  const s = String(address).trim();
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, ref: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: s.slice(bang + 1) };
}

/** One reference (no sheet): "A1", "$A$1:B2", "5:5", "A:C" -> 0-based bounds, or null. */
function parseRef(ref) {
  const parts = ref.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return null;
  const one = (p) => {
    let m = /^([A-Za-z]{1,3})(\d+)$/.exec(p);
    if (m) return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
    m = /^(\d+)$/.exec(p);
    if (m) return { row: Number(m[1]) - 1, col: null };
    m = /^([A-Za-z]{1,3})$/.exec(p);
    if (m) return { row: null, col: colIndex(m[1]) };
    return null;
  };
  const a = one(parts[0]);
  const b = parts.length === 2 ? one(parts[1]) : a;
  if (!a || !b) return null;
  const wholeRows = a.col === null && b.col === null;
  const wholeCols = a.row === null && b.row === null;
  if ((a.row === null || b.row === null) && !wholeCols) return null;
  if ((a.col === null || b.col === null) && !wholeRows) return null;
  const top = wholeCols ? 0 : Math.min(a.row, b.row);
  const bottom = wholeCols ? MAX_ROWS - 1 : Math.max(a.row, b.row);
  const left = wholeRows ? 0 : Math.min(a.col, b.col);
  const right = wholeRows ? MAX_COLS - 1 : Math.max(a.col, b.col);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLS) return null;
  return { top, left, bottom, right };
}

function refOf(b) {
  const s = a1(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? s : `${s}:${a1(b.bottom, b.right)}`;
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, _ and . */
function sheetPrefix(name) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

function intersects(a, b) {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
