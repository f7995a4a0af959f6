/**
 * "RPA": fill the monthly plan of the active sheet (the selection or the whole sheet, % or Rp), update
 * it with realisation, see the cumulative curves and the IKPA deviation. Loaded when first opened.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular, ArrowUndo20Regular, Play20Regular, TableSimple20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { usePane } from "../context";
import type { MessageKey } from "../i18n";
import { findingMessage } from "../periksa/findings-view";
import { SeverityIcon } from "../periksa/SeverityIcon";
import { CurveChart } from "./CurveChart";
import { DeviationTable } from "./DeviationTable";
import { ProfilePicker } from "./ProfilePicker";
import { useRpa, type ScopeChoice } from "./useRpa";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { minWidth: "120px", flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  findings: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  finding: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export default function RpaTab() {
  const styles = useStyles();
  const { t, lang, settings, updateSettings } = usePane();
  const rpa = useRpa();
  const [scope, setScope] = useState<ScopeChoice>("sheet");
  const [sheets, setSheets] = useState<string[]>([]);
  const [realSheet, setRealSheet] = useState<string | null>(null);
  const [month, setMonth] = useState<number>(Math.max(1, new Date().getMonth()));
  const { state } = rpa;
  const { listSheets } = rpa;

  useEffect(() => {
    let live = true;
    listSheets().then(
      (names) => live && setSheets(names),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [listSheets]);

  const monthName = (m: number) => t(`month.${m}` as MessageKey);
  return (
    <div className={styles.root}>
      <Caption1>{t("rpa.intro")}</Caption1>

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("rpa.profiles")}</Subtitle2>
        <ProfilePicker />
      </section>

      <section className={styles.section}>
        <div className={styles.row}>
          <Field label={t("rpa.scope")} className={styles.grow}>
            <RadioGroup value={scope} onChange={(_, d) => setScope(d.value === "selection" ? "selection" : "sheet")}>
              <Radio value="sheet" label={t("rpa.scope.sheet")} />
              <Radio value="selection" label={t("rpa.scope.selection")} />
            </RadioGroup>
          </Field>
          <Field label={t("rpa.mode")} className={styles.grow} hint={t("rpa.mode.hint")}>
            <RadioGroup
              value={settings.rpaMode}
              onChange={(_, d) => updateSettings({ rpaMode: d.value === "percent" ? "percent" : "rupiah" })}
            >
              <Radio value="rupiah" label={t("rpa.mode.rupiah")} />
              <Radio value="percent" label={t("rpa.mode.percent")} />
            </RadioGroup>
          </Field>
        </div>
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={<Play20Regular />}
            disabled={state.busy}
            onClick={() => void rpa.fill(scope)}
            data-testid="rpa-fill"
          >
            {t("rpa.fill")}
          </Button>
          <Button
            icon={<ArrowUndo20Regular />}
            disabled={state.busy || !state.last}
            onClick={() => void rpa.revert()}
            data-testid="rpa-revert"
          >
            {t("rpa.revert")}
          </Button>
          {state.busy && <Spinner size="tiny" />}
        </div>
        {state.last && (
          <Caption1 className={styles.muted}>
            {state.last.outcome.undoable ? t("rpa.undoExcel") : t("rpa.undoPane")}
          </Caption1>
        )}
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("rpa.update")}</Subtitle2>
        <div className={styles.row}>
          <Field label={t("rpa.update.sheet")} className={styles.grow}>
            <Dropdown
              value={realSheet ?? ""}
              selectedOptions={realSheet ? [realSheet] : []}
              onOptionSelect={(_, d) => setRealSheet(d.optionValue ?? null)}
              onOpenChange={(_, d) => d.open && void listSheets().then(setSheets, () => undefined)}
              data-testid="rpa-real-sheet"
            >
              {sheets.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("rpa.update.month")} className={styles.grow}>
            <Dropdown
              value={monthName(month)}
              selectedOptions={[String(month)]}
              onOptionSelect={(_, d) => setMonth(Number(d.optionValue))}
              data-testid="rpa-month"
            >
              {MONTHS.map((m) => (
                <Option key={m} value={String(m)}>
                  {monthName(m)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <div className={styles.row}>
          <Button
            icon={<ArrowSync20Regular />}
            disabled={state.busy || !realSheet}
            onClick={() => realSheet && void rpa.update(scope, realSheet, month)}
            data-testid="rpa-update"
          >
            {t("rpa.update.run")}
          </Button>
          <Button
            icon={<TableSimple20Regular />}
            disabled={state.busy}
            onClick={() => void rpa.analyse(realSheet, month)}
            data-testid="rpa-read"
          >
            {t("rpa.read")}
          </Button>
        </div>
      </section>

      {state.findings.length > 0 && (
        <section className={styles.section} aria-label={t("rpa.findings", { count: state.findings.length })}>
          <Caption1>{t("rpa.findings", { count: state.findings.length })}</Caption1>
          <ul className={styles.findings}>
            {state.findings.slice(0, 50).map((f, i) => (
              <li key={`${f.rule}-${f.cell}-${i}`} className={styles.finding}>
                <SeverityIcon severity={f.severity} label={t(`severity.${f.severity}`)} />
                <Caption1>
                  {f.cell} · {findingMessage(f, lang)}
                </Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("rpa.chart")}</Subtitle2>
        {state.curves ? (
          <CurveChart curves={state.curves} />
        ) : (
          <Caption1 className={styles.muted}>{t("rpa.chart.empty")}</Caption1>
        )}
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("rpa.deviation")}</Subtitle2>
        {state.ikpa ? (
          <DeviationTable ikpa={state.ikpa} />
        ) : (
          <Caption1 className={styles.muted}>{t("rpa.deviation.none")}</Caption1>
        )}
      </section>
    </div>
  );
}
