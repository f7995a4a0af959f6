/**
 * "Komparasi" (semula / menjadi, plan vs realisation). A separate, lazily loaded component so the
 * comparison work can fill it without touching the rest of the pane; for now it picks the two sheets.
 */
import { Button, Caption1, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePane, useHost } from "../context";
import { describeError } from "../errors";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

export default function KomparasiPanel() {
  const styles = useStyles();
  const host = useHost();
  const { t, lang, notify } = usePane();
  const [sheets, setSheets] = useState<string[]>([]);
  const [semula, setSemula] = useState<string>();
  const [menjadi, setMenjadi] = useState<string>();

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

  const picker = (label: string, value: string | undefined, set: (v: string) => void) => (
    <Field label={label}>
      <Dropdown value={value ?? ""} selectedOptions={value ? [value] : []} onOptionSelect={(_, d) => d.optionValue && set(d.optionValue)}>
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
      <Caption1>{t("komparasi.intro")}</Caption1>
      {picker(t("komparasi.semula"), semula, setSemula)}
      {picker(t("komparasi.menjadi"), menjadi, setMenjadi)}
      <Button appearance="primary" disabled>
        {t("komparasi.run")}
      </Button>
      <Caption1 className={styles.note}>{t("komparasi.pending")}</Caption1>
    </section>
  );
}
