/** Import of the user's own standar biaya (CSV, docs/sbm-pengguna.md): kept in the settings, used by every check. */
import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { usePane } from "../context";
import { describeError } from "../errors";
import { formatNumber } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Count {
  rows: number;
  problems: { lokasi: string; pesan: string }[];
}

export function UserSbm() {
  const styles = useStyles();
  const { t, lang, settings, updateSettings, notify } = usePane();
  const input = useRef<HTMLInputElement>(null);
  const [count, setCount] = useState<Count | null>(null);
  const file = settings.userSbm;

  useEffect(() => {
    let live = true;
    setCount(null);
    if (!file) return;
    void import(/* webpackChunkName: "analysis" */ "../periksa/analysis")
      .then(({ countUserSbm }) => live && setCount(countUserSbm(file)))
      .catch((e: unknown) => notify("error", describeError(e, lang, t).text));
    return () => {
      live = false;
    };
  }, [file, lang, t, notify]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = "";
    if (!f) return;
    try {
      updateSettings({ userSbm: { name: f.name, text: await f.text() } });
      notify("success", t("settings.saved"));
    } catch (err) {
      notify("error", describeError(err, lang, t).text);
    }
  };

  return (
    <section className={styles.section}>
      <Subtitle2 as="h2">{t("settings.userSbm")}</Subtitle2>
      <Caption1 className={styles.muted}>{t("settings.userSbm.hint")}</Caption1>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className={styles.hidden}
        onChange={(e) => void onFile(e)}
        aria-hidden="true"
        tabIndex={-1}
      />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()}>{t("settings.userSbm.choose")}</Button>
        {file && <Button onClick={() => updateSettings({ userSbm: undefined })}>{t("settings.userSbm.remove")}</Button>}
      </div>
      {!file && <Caption1>{t("settings.userSbm.none")}</Caption1>}
      {file && count && (
        <>
          <Caption1 data-testid="user-sbm-count">
            {t("settings.userSbm.loaded", { file: file.name, count: formatNumber(lang, count.rows) })}
          </Caption1>
          {count.problems.length > 0 && (
            <>
              <Caption1>
                {t("settings.userSbm.problems", { count: formatNumber(lang, count.problems.length) })}
              </Caption1>
              <ul className={styles.problems}>
                {count.problems.slice(0, 20).map((p) => (
                  <li key={p.lokasi + p.pesan}>
                    <Caption1>
                      {p.lokasi}: {p.pesan}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
