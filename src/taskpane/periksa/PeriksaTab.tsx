/**
 * "Periksa": check the active sheet, see the findings by severity and family, filter and group them,
 * go to a cell, apply a safe fix, export, clear the marks, live mode.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  ToggleButton,
  Toolbar,
  ToolbarButton,
  tokens,
} from "@fluentui/react-components";
import { ArrowExportLtr20Regular, Eraser20Regular, Play20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Severity } from "../../core/findings/finding";
import { usePane } from "../context";
import { formatNumber } from "../i18n";
import {
  familyKey,
  familySummary,
  filterFindings,
  groupFindings,
  SEVERITIES,
  type FindingFilter,
} from "./findings-view";
import { FindingsList } from "./FindingsList";
import { SeverityIcon } from "./SeverityIcon";
import { Summary } from "./Summary";
import { usePeriksa } from "./usePeriksa";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, height: "100%", minHeight: 0 },
  toolbar: { flexWrap: "wrap", padding: 0, gap: tokens.spacingHorizontalXS },
  switches: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  progress: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalM },
});

export default function PeriksaTab() {
  const styles = useStyles();
  const { t, lang, settings, updateSettings } = usePane();
  const p = usePeriksa();
  const [filter, setFilter] = useState<FindingFilter>({ severities: SEVERITIES, families: null });
  const result = p.state.analysis?.result;
  const busy = p.state.phase === "reading" || p.state.phase === "analyzing";

  const all = result?.findings ?? [];
  const familyCounts = useMemo(() => familySummary(all), [all]);
  const families = useMemo(() => familyCounts.map((f) => f.family), [familyCounts]);
  const shown = useMemo(() => filterFindings(all, filter), [all, filter]);
  const groups = useMemo(() => groupFindings(shown, settings.groupBy), [shown, settings.groupBy]);

  const toggleSeverity = (s: Severity) =>
    setFilter((f) => ({
      ...f,
      severities: f.severities.includes(s)
        ? f.severities.filter((x) => x !== s)
        : SEVERITIES.filter((x) => x === s || f.severities.includes(x)),
    }));
  const toggleFamily = (fam: string) =>
    setFilter((f) => {
      const current = f.families ?? families;
      const next = current.includes(fam) ? current.filter((x) => x !== fam) : [...current, fam];
      return { ...f, families: next.length === families.length ? null : next };
    });

  const progress = p.state.progress;
  return (
    <div className={styles.root}>
      <Toolbar className={styles.toolbar} aria-label={t("tab.periksa")}>
        <Button appearance="primary" icon={<Play20Regular />} onClick={p.run} disabled={busy} data-testid="run-check">
          {t("periksa.run")}
        </Button>
        <ToolbarButton
          icon={<Eraser20Regular />}
          onClick={() => void p.clearMarks()}
          disabled={busy}
          data-testid="clear-marks"
        >
          {t("periksa.clearMarks")}
        </ToolbarButton>
        <ToolbarButton
          icon={<ArrowExportLtr20Regular />}
          onClick={() => void p.exportFindings(shown)}
          disabled={busy || !result}
          data-testid="export"
        >
          {t("periksa.export")}
        </ToolbarButton>
      </Toolbar>
      <div className={styles.switches}>
        <Switch
          label={t("periksa.markToggle")}
          checked={settings.markCells}
          onChange={(_, d) => updateSettings({ markCells: d.checked })}
        />
        <Switch
          label={t("periksa.liveToggle")}
          checked={p.live}
          onChange={(_, d) => void p.toggleLive(d.checked)}
          disabled={busy}
          title={t("periksa.liveHint")}
        />
      </div>

      {busy && (
        <div className={styles.progress} role="status" aria-live="polite">
          <Field
            className={styles.grow}
            validationMessage={
              p.state.phase === "analyzing" || !progress
                ? t("periksa.analyzing")
                : t("periksa.running", {
                    done: formatNumber(lang, progress.done),
                    total: formatNumber(lang, progress.total),
                  })
            }
            validationState="none"
          >
            <ProgressBar
              value={
                progress && progress.total > 0 && p.state.phase === "reading"
                  ? progress.done / progress.total
                  : undefined
              }
            />
          </Field>
          <Button onClick={p.cancel}>{t("common.cancel")}</Button>
        </div>
      )}

      {!result && !busy && <Caption1 className={styles.empty}>{t("periksa.empty")}</Caption1>}

      {result && (
        <>
          <Summary result={result} checkedAt={p.state.checkedAt} />
          {all.length === 0 ? (
            <Caption1 className={styles.empty}>{t("periksa.noFindings", { sheet: result.sheet })}</Caption1>
          ) : (
            <>
              <section className={styles.filters} aria-label={t("periksa.filters")}>
                <div className={styles.chips} role="group" aria-label={t("periksa.filterSeverity")}>
                  {SEVERITIES.map((s) => (
                    <ToggleButton
                      key={s}
                      size="small"
                      shape="circular"
                      checked={filter.severities.includes(s)}
                      onClick={() => toggleSeverity(s)}
                      icon={<SeverityIcon severity={s} label="" />}
                      data-testid={`filter-${s}`}
                    >
                      {t(`severity.${s}`)} ({formatNumber(lang, result.summary[s])})
                    </ToggleButton>
                  ))}
                </div>
                {families.length > 1 && (
                  <div className={styles.chips} role="group" aria-label={t("periksa.filterFamily")}>
                    {familyCounts.map(({ family: fam, total }) => {
                      const key = familyKey(fam);
                      return (
                        <ToggleButton
                          key={fam}
                          size="small"
                          shape="circular"
                          checked={(filter.families ?? families).includes(fam)}
                          onClick={() => toggleFamily(fam)}
                          data-testid={`filter-family-${fam}`}
                        >
                          {key ? t(key) : fam} ({formatNumber(lang, total)})
                        </ToggleButton>
                      );
                    })}
                  </div>
                )}
                <Field label={t("periksa.groupBy")} orientation="horizontal">
                  <RadioGroup
                    layout="horizontal"
                    value={settings.groupBy}
                    onChange={(_, d) => updateSettings({ groupBy: d.value === "rule" ? "rule" : "row" })}
                  >
                    <Radio value="row" label={t("periksa.groupRow")} />
                    <Radio value="rule" label={t("periksa.groupRule")} />
                  </RadioGroup>
                </Field>
                <Caption1 aria-live="polite" data-testid="shown-count">
                  {t("periksa.shown", {
                    shown: formatNumber(lang, shown.length),
                    total: formatNumber(lang, all.length),
                  })}
                </Caption1>
              </section>
              {shown.length === 0 ? (
                <Caption1 className={styles.empty}>{t("periksa.noMatch")}</Caption1>
              ) : (
                <FindingsList
                  findings={shown}
                  groups={groups}
                  onSelect={(f) => void p.select(f)}
                  onFix={(f) => void p.applyFix(f)}
                  busy={busy}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
