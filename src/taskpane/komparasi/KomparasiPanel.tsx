/**
 * "Komparasi": semula / menjadi of a revisi (line changes, totals, revisi flags, a comparison sheet with
 * live formulas) and plan vs realisation per month (a sheet with cumulative curves). The sheet writers
 * come in through `actions` (Excel.run by default) so tests can pass their own.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  compareBudgets,
  monthSeries,
  planVsRealisation,
  type ComparisonResult,
  type LineChange,
  type MonthSeries,
  type PlanRealisationMonth,
} from "../../core/compare";
import { TelaahInputError } from "../../core/errors";
import { detectLayout } from "../../core/layout/detect";
import { formatPercent, formatRupiah } from "../../core/money";
import type { Decimal } from "../../core/money/decimal";
import { buildTree } from "../../core/tree/build";
import type { BudgetTree } from "../../core/tree/types";
import { toHostError, type HostResult } from "../../excel/errors";
import {
  writeKomparasiSheet,
  writeRencanaRealisasiSheet,
  type KomparasiSheetOptions,
  type SheetOutcome,
} from "../../excel/komparasi-sheet";
import { usePane, useHost, useReportError } from "../context";
import { describeError, unwrap } from "../errors";
import type { HostApi } from "../host/types";
import type { Lang } from "../i18n";

/** The sheet writers the panel needs; the default runs them in Excel. */
export interface KomparasiActions {
  writeComparison(result: ComparisonResult, options: KomparasiSheetOptions): Promise<HostResult<SheetOutcome>>;
  writePlanRealisation(rencana: MonthSeries, realisasi: MonthSeries): Promise<HostResult<SheetOutcome>>;
}

async function inExcel<T>(batch: (c: Excel.RequestContext) => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    return { ok: false, error: toHostError(e) };
  }
}

export const excelKomparasiActions: KomparasiActions = {
  writeComparison: (result, options) => inExcel((c) => writeKomparasiSheet(c, result, options)),
  writePlanRealisation: (a, b) => inExcel((c) => writeRencanaRealisasiSheet(c, a, b)),
};

/** Texts of this panel, Indonesian first (the pane's catalogue holds only the tab's placeholder keys). */
const TEXT = {
  id: {
    intro: "Bandingkan dua lembar anggaran (semula / menjadi) atau rencana dengan realisasi.",
    modeRevisi: "Semula / menjadi (revisi)",
    modePlan: "Rencana / realisasi per bulan",
    semula: "Lembar semula",
    menjadi: "Lembar menjadi",
    rencana: "Lembar rencana (RPA)",
    realisasi: "Lembar realisasi",
    run: "Bandingkan",
    reading: "Membaca lembar...",
    pagu: "Jumlah pagu",
    selisih: "selisih",
    counts: "{changed} berubah, {added} baru, {removed} dihapus",
    none: "Tidak ada baris yang berubah.",
    jenis: "Jenis belanja",
    col: ["Semula", "Menjadi", "Selisih"],
    changes: "Baris yang berubah",
    more: "dan {n} lainnya",
    onlyChanged: "Hanya baris yang berubah",
    write: "Buat lembar komparasi",
    writePlan: "Buat lembar rencana vs realisasi",
    written: 'Lembar "{sheet}" dibuat ({rows} baris).',
    basis: "Dasar",
    ok: "Pagu tetap dan tidak ada pergeseran antar jenis belanja.",
    month: "Bulan",
    plan: "Rencana",
    real: "Realisasi",
    dev: "Deviasi",
    devCum: "Deviasi kumulatif",
    kind: { changed: "berubah", added: "baru", removed: "dihapus" },
    noMonths: 'Lembar "{sheet}" tidak memuat kolom bulan (Januari...Desember).',
    noBudget:
      'Lembar "{sheet}" tidak memuat tabel anggaran yang dikenali (baris judul kode/uraian/jumlah tidak ditemukan).',
  },
  en: {
    intro: "Compare two budget sheets (before / after) or a plan with its realisation.",
    modeRevisi: "Before / after (revision)",
    modePlan: "Plan / realisation per month",
    semula: "Sheet before",
    menjadi: "Sheet after",
    rencana: "Plan sheet (RPA)",
    realisasi: "Realisation sheet",
    run: "Compare",
    reading: "Reading sheets...",
    pagu: "Total pagu",
    selisih: "difference",
    counts: "{changed} changed, {added} added, {removed} removed",
    none: "No line changed.",
    jenis: "Jenis belanja",
    col: ["Before", "After", "Difference"],
    changes: "Changed lines",
    more: "and {n} more",
    onlyChanged: "Changed lines only",
    write: "Create comparison sheet",
    writePlan: "Create plan vs realisation sheet",
    written: 'Sheet "{sheet}" created ({rows} rows).',
    basis: "Basis",
    ok: "Pagu unchanged and no shift between jenis belanja.",
    month: "Month",
    plan: "Plan",
    real: "Realisation",
    dev: "Deviation",
    devCum: "Cumulative deviation",
    kind: { changed: "changed", added: "added", removed: "removed" },
    noMonths: 'Sheet "{sheet}" has no month columns (January...December).',
    noBudget: 'Sheet "{sheet}" holds no budget table Telaah recognises (no kode/uraian/jumlah header row).',
  },
} as const;

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));
const signed = (d: Decimal) => (d.isZero() || d.isNegative() ? formatRupiah(d) : `+${formatRupiah(d)}`);

/** Reads a sheet through the host and builds its budget tree; an unusable sheet is a TelaahInputError. */
export async function loadTree(host: HostApi, sheet: string, lang: Lang, needMonths = false): Promise<BudgetTree> {
  const snapshot = unwrap(await host.readSheet(sheet));
  const layout = detectLayout(snapshot);
  if (!layout) throw new TelaahInputError(fill(TEXT[lang].noBudget, { sheet }), "NO_BUDGET");
  if (needMonths && !layout.months.length)
    throw new TelaahInputError(fill(TEXT[lang].noMonths, { sheet }), "NO_MONTHS");
  return buildTree(snapshot, layout);
}

type Outcome =
  | { mode: "revisi"; result: ComparisonResult }
  | { mode: "plan"; rencana: MonthSeries; realisasi: MonthSeries; months: PlanRealisationMonth[] };

/** The panel's one piece of work: read both sheets and compare them (or line up their months). */
export async function runKomparasi(
  host: HostApi,
  mode: "revisi" | "plan",
  a: string,
  b: string,
  lang: Lang
): Promise<Outcome> {
  const ta = await loadTree(host, a, lang, mode === "plan");
  const tb = await loadTree(host, b, lang, mode === "plan");
  if (mode === "revisi") return { mode, result: compareBudgets(ta, tb) };
  const rencana = monthSeries(ta);
  const realisasi = monthSeries(tb);
  return { mode, rencana, realisasi, months: planVsRealisation(rencana.values, realisasi.values) };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SHOWN_CHANGES = 50;

export default function KomparasiPanel({ actions = excelKomparasiActions }: { actions?: KomparasiActions }) {
  const styles = useStyles();
  const host = useHost();
  const { t, lang, notify } = usePane();
  const report = useReportError();
  const tx = TEXT[lang];
  const [sheets, setSheets] = useState<string[]>([]);
  const [mode, setMode] = useState<"revisi" | "plan">("revisi");
  const [a, setA] = useState<string>();
  const [b, setB] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [onlyChanged, setOnlyChanged] = useState(false);

  useEffect(() => {
    let live = true;
    void host.listSheets().then((r) => {
      if (!live) return;
      if (r.ok) setSheets(r.value);
      else notify("error", describeError(r.error, lang, t).text);
    });
    return () => {
      live = false;
    };
  }, [host, lang, t, notify]);

  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };
  const run = () => guard(async () => setOutcome(await runKomparasi(host, mode, a!, b!, lang)));
  const write = () =>
    guard(async () => {
      if (!outcome) return;
      const r =
        outcome.mode === "revisi"
          ? await actions.writeComparison(outcome.result, { onlyChanged })
          : await actions.writePlanRealisation(outcome.rencana, outcome.realisasi);
      const done = unwrap(r);
      notify("success", fill(tx.written, { sheet: done.sheet, rows: done.rows }));
      for (const n of r.ok ? r.notices : []) notify("warning", lang === "en" ? n.messageEn : n.message);
    });

  const picker = (label: string, value: string | undefined, set: (v: string) => void, id: string) => (
    <Field label={label}>
      <Dropdown
        data-testid={id}
        value={value ?? ""}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, d) => d.optionValue && set(d.optionValue)}
      >
        {sheets.map((s) => (
          <Option key={s} value={s}>
            {s}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <section className={styles.root} aria-label={t("tab.komparasi")}>
      <Caption1>{tx.intro}</Caption1>
      <RadioGroup
        layout="horizontal"
        value={mode}
        onChange={(_, d) => (setMode(d.value as "revisi" | "plan"), setOutcome(undefined))}
      >
        <Radio value="revisi" label={tx.modeRevisi} />
        <Radio value="plan" label={tx.modePlan} />
      </RadioGroup>
      {picker(mode === "revisi" ? tx.semula : tx.rencana, a, setA, "komparasi-a")}
      {picker(mode === "revisi" ? tx.menjadi : tx.realisasi, b, setB, "komparasi-b")}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !a || !b} onClick={() => void run()} data-testid="komparasi-run">
          {tx.run}
        </Button>
        {busy && <Spinner size="tiny" label={tx.reading} />}
      </div>
      {outcome?.mode === "revisi" && <RevisiSummary result={outcome.result} lang={lang} />}
      {outcome?.mode === "plan" && <PlanSummary months={outcome.months} lang={lang} />}
      {outcome && (
        <div className={styles.row}>
          {outcome.mode === "revisi" && (
            <Checkbox checked={onlyChanged} onChange={(_, d) => setOnlyChanged(!!d.checked)} label={tx.onlyChanged} />
          )}
          <Button disabled={busy} onClick={() => void write()} data-testid="komparasi-write">
            {outcome.mode === "revisi" ? tx.write : tx.writePlan}
          </Button>
        </div>
      )}
    </section>
  );
}

function changeLabel(c: LineChange, result: ComparisonResult, lang: Lang): string {
  const row = c.menjadi !== undefined ? result.menjadi.rows[c.menjadi].row + 1 : result.semula.rows[c.semula!].row + 1;
  const delta = c.selisih.isZero() ? "" : ` (${signed(c.selisih)})`;
  return `${TEXT[lang].kind[c.kind]} · ${c.kind === "removed" ? result.semula.sheet : result.menjadi.sheet}!${row} · ${c.uraian.trim()}${delta}`;
}

export function RevisiSummary({ result, lang }: { result: ComparisonResult; lang: Lang }) {
  const styles = useStyles();
  const tx = TEXT[lang];
  const p = result.totals.pagu;
  const count = (k: LineChange["kind"]) => result.changes.filter((c) => c.kind === k).length;
  return (
    <>
      <Caption1>
        {tx.pagu}: {formatRupiah(p.semula)} → {formatRupiah(p.menjadi)} ({tx.selisih} {signed(p.selisih)})
      </Caption1>
      <Caption1 data-testid="komparasi-counts">
        {result.changes.length
          ? fill(tx.counts, { changed: count("changed"), added: count("added"), removed: count("removed") })
          : tx.none}
      </Caption1>
      {result.flags.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{tx.ok}</MessageBarBody>
        </MessageBar>
      )}
      {result.flags.map((f) => (
        <MessageBar key={f.rule} intent={f.severity === "error" ? "error" : "warning"} data-testid="komparasi-flag">
          <MessageBarBody>
            <MessageBarTitle>{f.rule}</MessageBarTitle>
            {lang === "en" ? f.messageEn : f.message}
            <div className={styles.muted}>
              {tx.basis}: {f.basis}
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
      <Table size="extra-small" aria-label={tx.jenis}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tx.jenis}</TableHeaderCell>
            {tx.col.map((c) => (
              <TableHeaderCell key={c} className={styles.num}>
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.totals.jenisBelanja.map((j) => (
            <TableRow key={j.kode}>
              <TableCell>{`${j.kode} ${j.uraian}`}</TableCell>
              <TableCell className={styles.num}>{formatRupiah(j.semula)}</TableCell>
              <TableCell className={styles.num}>{formatRupiah(j.menjadi)}</TableCell>
              <TableCell className={styles.num}>{signed(j.selisih)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {result.changes.length > 0 && (
        <Field label={tx.changes}>
          <ul className={styles.list}>
            {result.changes.slice(0, SHOWN_CHANGES).map((c, i) => (
              <li key={i}>
                <Caption1>{changeLabel(c, result, lang)}</Caption1>
              </li>
            ))}
            {result.changes.length > SHOWN_CHANGES && (
              <Caption1 className={styles.muted}>
                {fill(tx.more, { n: result.changes.length - SHOWN_CHANGES })}
              </Caption1>
            )}
          </ul>
        </Field>
      )}
    </>
  );
}

export function PlanSummary({ months, lang }: { months: PlanRealisationMonth[]; lang: Lang }) {
  const styles = useStyles();
  const tx = TEXT[lang];
  const pct = (d: Decimal | null) => (d ? formatPercent(d) : "");
  return (
    <Table size="extra-small" aria-label={tx.modePlan}>
      <TableHeader>
        <TableRow>
          {[tx.month, tx.plan, tx.real, tx.dev, tx.devCum].map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {months.map((m) => (
          <TableRow key={m.month}>
            <TableCell>{m.month}</TableCell>
            <TableCell className={styles.num}>{formatRupiah(m.rencana)}</TableCell>
            <TableCell className={styles.num}>{m.realisasi ? formatRupiah(m.realisasi) : ""}</TableCell>
            <TableCell className={styles.num}>{pct(m.deviasi)}</TableCell>
            <TableCell className={styles.num}>{pct(m.deviasiKumulatif)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
