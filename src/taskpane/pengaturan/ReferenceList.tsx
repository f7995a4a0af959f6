/** The shipped reference tables with their basis, verification status and sources. */
import { Badge, Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Verification } from "../../core/reference/types";
import { usePane } from "../context";
import { formatNumber } from "../i18n";
import { loadReferenceInfo, type ReferenceInfo } from "./reference-info";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  sources: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, wordBreak: "break-word" },
});

const STATUS_COLOR: Record<Verification, "success" | "warning" | "severe"> = {
  VERIFIED: "success",
  PARTIAL: "warning",
  UNVERIFIED: "severe",
};
const STATUSES: Verification[] = ["VERIFIED", "PARTIAL", "UNVERIFIED"];

export function ReferenceList() {
  const styles = useStyles();
  const { t, lang } = usePane();
  const [infos, setInfos] = useState<ReferenceInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadReferenceInfo().then((i) => live && setInfos(i));
    return () => {
      live = false;
    };
  }, []);
  if (!infos) return <Spinner size="tiny" label={t("app.loading")} />;
  return (
    <ul className={styles.list} data-testid="reference-list">
      {infos.map((info) => (
        <li key={info.name} className={styles.item}>
          <Text weight="semibold">{info.name}</Text>
          <Caption1 className={styles.muted}>
            {t("settings.ref.basis")}: {info.basis} ·{" "}
            {info.complete ? t("settings.ref.complete") : t("settings.ref.partial")} ·{" "}
            {t("settings.ref.values", { count: formatNumber(lang, info.values) })}
          </Caption1>
          <div className={styles.badges} aria-label={t("settings.ref.status")}>
            {STATUSES.filter((s) => info.status[s] > 0).map((s) => (
              <Badge key={s} appearance="tint" color={STATUS_COLOR[s]}>
                {formatNumber(lang, info.status[s])} {t(`settings.status.${s}`)}
              </Badge>
            ))}
          </div>
          <details>
            <summary>
              <Caption1>
                {t("settings.ref.sources")} ({info.sources.length})
              </Caption1>
            </summary>
            <ul className={styles.sources}>
              {info.sources.map((s) => (
                <li key={s}>
                  <Caption1>{s}</Caption1>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
