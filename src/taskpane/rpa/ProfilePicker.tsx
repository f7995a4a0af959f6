/** The profile of each jenis belanja (51, 52, 53, 57) and its own parameters (months, termin, weights). */
import { Dropdown, Field, Input, makeStyles, Option, SpinButton, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import type { MessageKey } from "../i18n";
import { JENIS_BELANJA, PROFILE_KINDS, type JenisBelanjaKode, type ProfileChoice } from "../settings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  kind: { minWidth: "180px", flexGrow: 1 },
  param: { minWidth: "90px", flexGrow: 1 },
});

/** A SpinButton's number: the stepped value, or what was typed (comma decimals allowed), clamped to 0..100. */
function spinValue(d: { value?: number | null; displayValue?: string }): number {
  const v = d.value ?? Number(String(d.displayValue ?? "").replace(",", "."));
  return Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 0;
}

export function ProfilePicker() {
  const styles = useStyles();
  const { t, settings, updateSettings } = usePane();
  const set = (jb: JenisBelanjaKode, patch: Partial<ProfileChoice>) =>
    updateSettings({ profiles: { ...settings.profiles, [jb]: { ...settings.profiles[jb], ...patch } } });
  const kindLabel = (k: ProfileChoice["kind"]) => t(`rpa.profile.${k}` as MessageKey);

  return (
    <div className={styles.root} role="group" aria-label={t("rpa.profiles")}>
      {JENIS_BELANJA.map((jb) => {
        const choice = settings.profiles[jb];
        return (
          <div key={jb} className={styles.line}>
            <Field label={t(`rpa.jb.${jb}` as MessageKey)} className={styles.kind}>
              <Dropdown
                value={kindLabel(choice.kind)}
                selectedOptions={[choice.kind]}
                onOptionSelect={(_, d) => d.optionValue && set(jb, { kind: d.optionValue as ProfileChoice["kind"] })}
                data-testid={`profile-${jb}`}
              >
                {PROFILE_KINDS.map((k) => (
                  <Option key={k} value={k}>
                    {kindLabel(k)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {(choice.kind === "jadwal" || choice.kind === "termin") && (
              <Field label={t("rpa.profile.months")} className={styles.param}>
                <Input
                  value={choice.bulan ?? ""}
                  onChange={(_, d) => set(jb, { bulan: d.value })}
                  placeholder="3-5, 8"
                />
              </Field>
            )}
            {choice.kind === "termin" && (
              <>
                <Field label={t("rpa.profile.uangMuka")} className={styles.param}>
                  <SpinButton
                    min={0}
                    max={100}
                    value={choice.uangMukaPersen ?? 0}
                    onChange={(_, d) => set(jb, { uangMukaPersen: spinValue(d) })}
                  />
                </Field>
                <Field label={t("rpa.profile.retensi")} className={styles.param}>
                  <SpinButton
                    min={0}
                    max={100}
                    value={choice.retensiPersen ?? 0}
                    onChange={(_, d) => set(jb, { retensiPersen: spinValue(d) })}
                  />
                </Field>
              </>
            )}
            {choice.kind === "manual" && (
              <Field label={t("rpa.profile.weights")} className={styles.param}>
                <Input
                  value={choice.bobot ?? ""}
                  onChange={(_, d) => set(jb, { bobot: d.value })}
                  placeholder="1;1;1;1;1;1;1;1;1;1;1;1"
                />
              </Field>
            )}
          </div>
        );
      })}
    </div>
  );
}
