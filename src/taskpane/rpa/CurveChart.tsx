/**
 * Cumulative ideal / rencana / realisasi as a share of the pagu, drawn by hand in SVG (no chart
 * library): twelve months across, 0–100% up. Colours are Fluent tokens, so the chart follows the
 * theme; a table with the same numbers sits beside it for screen readers and for copying.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../context";
import { formatNumber, type MessageKey } from "../i18n";
import type { Curves } from "./rpa-figures";

const W = 320;
const H = 190;
const PAD = { left: 34, right: 8, top: 10, bottom: 24 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { width: "100%", height: "auto", display: "block" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: "9px", fontFamily: tokens.fontFamilyBase },
  line: { fill: "none", strokeWidth: 2, strokeLinejoin: "round", strokeLinecap: "round" },
  ideal: { stroke: tokens.colorNeutralForeground3, strokeDasharray: "5 4" },
  rencana: { stroke: tokens.colorBrandForeground1 },
  realisasi: { stroke: tokens.colorStatusSuccessForeground1, strokeWidth: 3 },
  dotRencana: { fill: tokens.colorBrandForeground1 },
  dotRealisasi: { fill: tokens.colorStatusSuccessForeground1 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "18px", height: "0", borderTopWidth: "3px", borderTopStyle: "solid" },
  swIdeal: { borderTopColor: tokens.colorNeutralForeground3, borderTopStyle: "dashed" },
  swRencana: { borderTopColor: tokens.colorBrandForeground1 },
  swRealisasi: { borderTopColor: tokens.colorStatusSuccessForeground1 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": { padding: `0 ${tokens.spacingHorizontalS}`, textAlign: "end" },
  },
});

const x = (i: number) => PAD.left + (PLOT_W * i) / 11;
const y = (pct: number) => PAD.top + PLOT_H * (1 - Math.max(0, Math.min(100, pct)) / 100);

function path(values: readonly (number | null)[]): string {
  return values
    .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .join(" ");
}

export function CurveChart({ curves }: { curves: Curves }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const id = useId();
  const pct = (v: number | null) => (v === null ? "–" : `${formatNumber(lang, v, 1)}%`);
  const lastReal = [...curves.realisasi].reverse().find((v) => v !== null) ?? null;
  const monthShort = (m: number) => t(`month.${m}` as MessageKey).slice(0, 3);
  return (
    <figure className={styles.figure} data-testid="rpa-chart">
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{t("rpa.chart")}</title>
        <desc id={`${id}-d`}>
          {t("rpa.chart.desc", {
            ideal: pct(curves.ideal[11]),
            rencana: pct(curves.rencana[11]),
            realisasi: pct(lastReal),
          })}
        </desc>
        {[0, 25, 50, 75, 100].map((g) => (
          <g key={g}>
            <line className={styles.grid} x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} />
            <text className={styles.axisText} x={PAD.left - 4} y={y(g) + 3} textAnchor="end">
              {g}%
            </text>
          </g>
        ))}
        {Array.from({ length: 12 }, (_, i) => (
          <text key={i} className={styles.axisText} x={x(i)} y={H - 8} textAnchor="middle">
            {monthShort(i + 1)}
          </text>
        ))}
        <polyline className={mergeClasses(styles.line, styles.ideal)} points={path(curves.ideal)} data-series="ideal" />
        <polyline
          className={mergeClasses(styles.line, styles.rencana)}
          points={path(curves.rencana)}
          data-series="rencana"
        />
        {curves.rencana.map((v, i) => (
          <circle key={i} className={styles.dotRencana} cx={x(i)} cy={y(v)} r={2} />
        ))}
        {lastReal !== null && (
          <polyline
            className={mergeClasses(styles.line, styles.realisasi)}
            points={path(curves.realisasi)}
            data-series="realisasi"
          />
        )}
        {curves.realisasi.map((v, i) =>
          v === null ? null : <circle key={i} className={styles.dotRealisasi} cx={x(i)} cy={y(v)} r={2.5} />
        )}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          <li className={styles.key}>
            <span className={mergeClasses(styles.swatch, styles.swIdeal)} />
            <Caption1>{t("rpa.chart.ideal")}</Caption1>
          </li>
          <li className={styles.key}>
            <span className={mergeClasses(styles.swatch, styles.swRencana)} />
            <Caption1>{t("rpa.chart.rencana")}</Caption1>
          </li>
          <li className={styles.key}>
            <span className={mergeClasses(styles.swatch, styles.swRealisasi)} />
            <Caption1>{t("rpa.chart.realisasi")}</Caption1>
          </li>
        </ul>
        <details>
          <summary>
            <Caption1>{t("rpa.chart.table")}</Caption1>
          </summary>
          <table className={styles.table} data-testid="rpa-curve-table">
            <thead>
              <tr>
                <th>{t("rpa.deviation.month")}</th>
                <th>{t("rpa.chart.ideal")}</th>
                <th>{t("rpa.chart.rencana")}</th>
                <th>{t("rpa.chart.realisasi")}</th>
              </tr>
            </thead>
            <tbody>
              {curves.ideal.map((v, i) => (
                <tr key={i}>
                  <th scope="row">{monthShort(i + 1)}</th>
                  <td>{pct(v)}</td>
                  <td>{pct(curves.rencana[i])}</td>
                  <td>{pct(curves.realisasi[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
