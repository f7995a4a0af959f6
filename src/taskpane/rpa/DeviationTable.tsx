/**
 * IKPA Deviasi Halaman III DIPA by month, the average and the score, each with its formula (shown on
 * hover and in the cell's title) and the assumptions the figure rests on, unverified ones marked.
 */
import {
  Badge,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { IkpaResult } from "../../core/rpa";
import { usePane } from "../context";
import { formatNumber, type MessageKey } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "baseline" },
  assumptions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function DeviationTable({ ikpa }: { ikpa: IkpaResult }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const pct = (v: { toNumber(): number } | null) => (v === null ? "–" : `${formatNumber(lang, v.toNumber(), 2)}%`);
  return (
    <div className={styles.root} data-testid="rpa-ikpa">
      <Table size="extra-small" aria-label={t("rpa.deviation")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("rpa.deviation.month")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t("rpa.deviation.value")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ikpa.months.map((m) => (
            <TableRow key={m.month} title={m.formula}>
              <TableCell>{t(`month.${m.month}` as MessageKey)}</TableCell>
              <TableCell className={styles.num}>{pct(m.deviation)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.totals}>
        <Text title={ikpa.formula.average}>
          {t("rpa.deviation.average")}: <strong data-testid="ikpa-average">{pct(ikpa.averageDeviation)}</strong>
        </Text>
        <Text title={ikpa.formula.score}>
          {t("rpa.deviation.score")}:{" "}
          <strong data-testid="ikpa-score">
            {ikpa.score === null ? "–" : formatNumber(lang, ikpa.score.toNumber(), 2)}
          </strong>
        </Text>
      </div>
      <Caption1 className={styles.muted}>{ikpa.formula.score}</Caption1>
      <details>
        <summary>
          <Caption1>{t("rpa.deviation.assumptions")}</Caption1>
        </summary>
        <ul className={styles.assumptions}>
          {ikpa.assumptions.map((a) => (
            <li key={a.text}>
              <Caption1>
                {a.text}{" "}
                {a.unverified && (
                  <Badge size="small" appearance="tint" color="warning">
                    {t("rpa.unverified")}
                  </Badge>
                )}
              </Caption1>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
