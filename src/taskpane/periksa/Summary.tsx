import {
  Caption1,
  CounterBadge,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyzer";
import { LAYOUT_NAMES } from "../../core/layout/types";
import { usePane } from "../context";
import { formatNumber } from "../i18n";
import { familyKey, familySummary, SEVERITIES } from "./findings-view";
import { SeverityIcon } from "./SeverityIcon";

const COUNTER_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  info: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** Counts by severity and by rule family, and what was read. */
export function Summary({ result, checkedAt }: { result: Omit<AnalysisResult, "tree">; checkedAt?: Date }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const families = familySummary(result.findings);
  const n = (v: number) => formatNumber(lang, v);
  return (
    <section className={styles.root} aria-label={t("periksa.summary")} data-testid="summary">
      <Caption1 className={styles.info}>
        {t("periksa.sheetInfo", {
          sheet: result.sheet,
          layout: LAYOUT_NAMES[result.layout.kind] ?? result.layout.kind,
          rows: n(result.stats.rows),
          detil: n(result.stats.detil),
          akun: n(result.stats.akun),
        })}
        {checkedAt
          ? ` · ${t("periksa.checkedAt", { time: checkedAt.toLocaleTimeString(lang === "id" ? "id-ID" : "en-GB") })}`
          : ""}
      </Caption1>
      <Subtitle2 as="h2">{t("periksa.summary")}</Subtitle2>
      <div className={styles.counts}>
        {SEVERITIES.map((s) => (
          <span key={s} className={styles.count} data-testid={`count-${s}`}>
            <SeverityIcon severity={s} label={t(`severity.${s}`)} />
            {t(`severity.${s}`)}
            <CounterBadge
              count={result.summary[s]}
              showZero
              overflowCount={99999}
              color={COUNTER_COLOR[s]}
              appearance="ghost"
            />
          </span>
        ))}
      </div>
      {families.length > 0 && (
        <details>
          <summary>
            <Caption1>{t("periksa.byFamily")}</Caption1>
          </summary>
          <Table size="extra-small" aria-label={t("periksa.byFamily")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("periksa.family")}</TableHeaderCell>
                {SEVERITIES.map((s) => (
                  <TableHeaderCell key={s} className={styles.num}>
                    {t(`severity.${s}`)}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell className={styles.num}>{t("periksa.total")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {families.map((f) => {
                const key = familyKey(f.family);
                return (
                  <TableRow key={f.family}>
                    <TableCell>{key ? t(key) : f.family}</TableCell>
                    {SEVERITIES.map((s) => (
                      <TableCell key={s} className={styles.num}>
                        {n(f[s])}
                      </TableCell>
                    ))}
                    <TableCell className={styles.num}>{n(f.total)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </details>
      )}
    </section>
  );
}
