/**
 * "Pengaturan": tahun anggaran, tahap, the satker's province, RPA profile parameters, the reference
 * data with its sources and verification status, the user's own standar biaya, and what this Excel
 * cannot do. Every change is saved at once.
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { PROVINCES } from "../../core/reference/provinces";
import { describeMissing, detectCapabilities } from "../../excel/capabilities";
import { usePane } from "../context";
import type { MessageKey } from "../i18n";
import { ReferenceList } from "./ReferenceList";
import { UserSbm } from "./UserSbm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  narrow: { minWidth: "120px", flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const FIRST_YEAR = 2018;
const YEARS = Array.from({ length: new Date().getFullYear() + 2 - FIRST_YEAR }, (_, i) => FIRST_YEAR + i).reverse();
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const AUTO = "auto";
const NONE = "none";

export default function PengaturanTab() {
  const styles = useStyles();
  const { t, lang, settings, updateSettings } = usePane();
  const missing = useRef(describeMissing(detectCapabilities())).current;
  const monthName = (m: number) => t(`month.${m}` as MessageKey);

  const monthPicker = (label: string, value: number | null, set: (v: number | null) => void) => {
    const text = value === null ? t("settings.none") : monthName(value);
    return (
      <Field label={label} className={styles.narrow}>
        <Dropdown
          value={text}
          selectedOptions={[value === null ? NONE : String(value)]}
          onOptionSelect={(_, d) => set(d.optionValue === NONE ? null : Number(d.optionValue))}
        >
          <Option value={NONE}>{t("settings.none")}</Option>
          {MONTHS.map((m) => (
            <Option key={m} value={String(m)}>
              {monthName(m)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  const level = (key: "awal" | "puncak" | "akhir", label: MessageKey) => (
    <Field label={t(label)} className={styles.narrow}>
      <SpinButton
        min={0}
        max={1000}
        step={1}
        value={settings.ideal[key]}
        onChange={(_, d) => {
          const v = d.value ?? Number(String(d.displayValue ?? "").replace(",", "."));
          if (Number.isFinite(v) && v >= 0) updateSettings({ ideal: { ...settings.ideal, [key]: v } });
        }}
      />
    </Field>
  );

  const province = PROVINCES.find((p) => p.nama === settings.provinsi);
  return (
    <div className={styles.root}>
      <section className={styles.section}>
        <Field label={t("settings.language")}>
          <RadioGroup
            layout="horizontal"
            value={lang}
            onChange={(_, d) => updateSettings({ lang: d.value === "en" ? "en" : "id" })}
          >
            <Radio value="id" label="Bahasa Indonesia" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Field label={t("settings.tahun")} className={styles.narrow}>
            <Dropdown
              value={settings.tahun ? String(settings.tahun) : t("settings.tahunAuto")}
              selectedOptions={[settings.tahun ? String(settings.tahun) : AUTO]}
              onOptionSelect={(_, d) =>
                updateSettings({ tahun: d.optionValue === AUTO ? undefined : Number(d.optionValue) })
              }
              data-testid="setting-tahun"
            >
              <Option value={AUTO}>{t("settings.tahunAuto")}</Option>
              {YEARS.map((y) => (
                <Option key={y} value={String(y)}>
                  {String(y)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("settings.provinsi")} className={styles.narrow}>
            <Dropdown
              value={province ? province.label : t("settings.provinsiAuto")}
              selectedOptions={[province ? province.nama : AUTO]}
              onOptionSelect={(_, d) =>
                updateSettings({ provinsi: d.optionValue === AUTO ? undefined : d.optionValue })
              }
            >
              <Option value={AUTO}>{t("settings.provinsiAuto")}</Option>
              {PROVINCES.map((p) => (
                <Option key={p.kode} value={p.nama}>
                  {p.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <Field label={t("settings.tahap")}>
          <RadioGroup
            value={settings.tahap}
            onChange={(_, d) => updateSettings({ tahap: d.value === "pelaksanaan" ? "pelaksanaan" : "perencanaan" })}
          >
            <Radio value="perencanaan" label={t("settings.tahap.perencanaan")} />
            <Radio value="pelaksanaan" label={t("settings.tahap.pelaksanaan")} />
          </RadioGroup>
        </Field>
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("settings.profileParams")}</Subtitle2>
        <div className={styles.row}>
          {monthPicker(t("settings.gaji13"), settings.bulanGaji13, (v) => updateSettings({ bulanGaji13: v }))}
          {monthPicker(t("settings.thr"), settings.bulanThr, (v) => updateSettings({ bulanThr: v }))}
        </div>
        <div className={styles.row}>
          {level("awal", "settings.idealAwal")}
          {level("puncak", "settings.idealPuncak")}
          {level("akhir", "settings.idealAkhir")}
          <Field label={t("settings.idealBulanPuncak")} className={styles.narrow}>
            <Dropdown
              value={monthName(settings.ideal.bulanPuncak)}
              selectedOptions={[String(settings.ideal.bulanPuncak)]}
              onOptionSelect={(_, d) =>
                updateSettings({ ideal: { ...settings.ideal, bulanPuncak: Number(d.optionValue) } })
              }
            >
              {[4, 5, 6, 7, 8, 9].map((m) => (
                <Option key={m} value={String(m)}>
                  {monthName(m)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <Button
          appearance="secondary"
          onClick={() =>
            updateSettings({ bulanGaji13: 7, bulanThr: 3, ideal: { awal: 6, puncak: 12, bulanPuncak: 6, akhir: 4 } })
          }
        >
          {t("settings.resetProfiles")}
        </Button>
      </section>

      <UserSbm />

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("settings.reference")}</Subtitle2>
        <ReferenceList />
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("settings.excel")}</Subtitle2>
        {missing.length === 0 ? (
          <Body1>{t("settings.excel.allOk")}</Body1>
        ) : (
          <ul>
            {missing.map((m) => (
              <li key={m}>
                <Caption1>{m}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
