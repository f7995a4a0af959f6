/**
 * The workbooks a `telaah periksa` run covers: files as named, folders searched for workbooks. Each
 * keeps the name its marked copy takes inside a --keluaran folder (its path below the folder it was
 * found in), so two satkers' RAB.xlsx stay apart.
 */
import { promises as fs } from "fs";
import path from "path";
import { TelaahInputError } from "../../core/errors";
import { UsageError } from "../io";

/** Extensions a reviewer's folder holds workbooks under; .xls is taken so it can be named as unusable. */
const WORKBOOK_FILE = /\.(xlsx|xlsm|xls)$/i;

export interface InputFile {
  file: string;
  /** Relative path of its marked copy inside the --keluaran folder, always .xlsx. */
  copyName: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Folders named on the command line that hold no workbook. */
  emptyFolders: string[];
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** True when any argument is a folder: the run then reports per file (batch) even for one argument. */
export async function namesFolder(args: readonly string[]): Promise<boolean> {
  for (const a of args) if (await isDirectory(a)) return true;
  return false;
}

/**
 * Workbook files below a folder, in a stable order. Excel's lock files (`~$RAB.xlsx`) and hidden
 * entries are passed over; symbolic links to folders are not followed, so a link loop cannot hang a run.
 */
async function workbooksUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "galat";
    throw new TelaahInputError(`Folder ${dir} tidak dapat dibaca (${code}).`, "UNREADABLE");
  }
  const names = entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const found: string[] = [];
  for (const name of names) {
    if (name.startsWith(".") || name.startsWith("~$")) continue;
    const entry = byName.get(name)!;
    const full = path.join(dir, name);
    if (entry.isDirectory()) found.push(...(await workbooksUnder(full)));
    else if (WORKBOOK_FILE.test(name) && (entry.isFile() || (entry.isSymbolicLink() && !(await isDirectory(full)))))
      found.push(full);
  }
  return found;
}

const asXlsx = (name: string) => name.replace(WORKBOOK_FILE, "") + ".xlsx";

/**
 * Expands the command line's paths: a folder into the workbooks below it, anything else as it is (a
 * missing or unreadable file is reported as that file's outcome). The same file named twice is checked once.
 */
export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, copyName: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ file, copyName: asXlsx(copyName) });
  };
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      add(arg, path.basename(arg));
      continue;
    }
    const under = await workbooksUnder(arg);
    if (under.length === 0) emptyFolders.push(arg);
    for (const file of under) add(file, path.relative(arg, file));
  }
  return { files, emptyFolders };
}

/**
 * Where each file's marked copy goes inside `dir`. Refused before any file is read when two copies would
 * share a path or a copy would land on a file that exists already: the names are Telaah's choice, not
 * the user's, so nothing in the folder is overwritten (a re-run needs an empty or a new folder).
 */
export async function planCopies(files: readonly InputFile[], dir: string): Promise<string[]> {
  const taken = new Map<string, string>();
  const outs: string[] = [];
  for (const f of files) {
    const out = path.join(dir, f.copyName);
    const key = path.resolve(out).toLowerCase();
    const other = taken.get(key);
    if (other !== undefined)
      throw new UsageError(
        `Salinan ${other} dan ${f.file} akan sama-sama ditulis ke ${out}; periksa keduanya dengan --keluaran yang berbeda.`
      );
    taken.set(key, f.file);
    if (await exists(out))
      throw new UsageError(
        `${out} sudah ada: Telaah tidak menimpa berkas di folder --keluaran; pilih folder yang kosong atau baru.`
      );
    outs.push(out);
  }
  return outs;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}
