/**
 * What every component reads from above: the host functions (HostContext, so tests inject their
 * own), the settings, the language, and the message area.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { translate, type Lang, type MessageKey, type MessageParams, type Translate } from "./i18n";
import { describeError, unwrap } from "./errors";
import type { HostApi, HostResult, SettingsStore } from "./host/types";
import { sanitizeSettings, type PaneSettings } from "./settings";

export const HostContext = createContext<HostApi | null>(null);

export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error("HostContext belum disediakan");
  return host;
}

export type NoticeIntent = "error" | "warning" | "success" | "info";

/** A message for the MessageBar area; `text` is already in the pane's language. */
export interface Notice {
  id: number;
  intent: NoticeIntent;
  text: string;
  /** Office's code and text, shown small under an error. */
  detail?: string;
}

/** A message in both languages (host errors, notices): the pane picks one. */
export interface Bilingual {
  message: string;
  messageEn?: string;
}

interface PaneContextValue {
  settings: PaneSettings;
  updateSettings(patch: Partial<PaneSettings>): void;
  lang: Lang;
  t: Translate;
  /** A host message in the pane's language. */
  pick(m: Bilingual): string;
  notices: Notice[];
  notify(intent: NoticeIntent, text: string, detail?: string): void;
  dismiss(id: number): void;
  clearNotices(): void;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const v = useContext(PaneContext);
  if (!v) throw new Error("PaneProvider belum disediakan");
  return v;
}

/** A host call's value (throwing its error); its notices (a degraded feature, a skipped note) show as warnings. */
export function useTakeHostResult(): <T>(r: HostResult<T>) => T {
  const { notify, pick } = usePane();
  return useCallback(
    <T,>(r: HostResult<T>): T => {
      const value = unwrap(r);
      if (r.ok) for (const n of r.notices) notify("warning", pick(n));
      return value;
    },
    [notify, pick]
  );
}

/** Shows an error as one message in the pane's language; a cancelled operation is only noted. */
export function useReportError(): (e: unknown) => void {
  const { lang, t, notify } = usePane();
  return useCallback(
    (e: unknown) => {
      const shown = describeError(e, lang, t);
      notify(shown.cancelled ? "info" : "error", shown.text, shown.detail);
    },
    [lang, t, notify]
  );
}

let noticeId = 1;

export function PaneProvider({ store, children }: { store: SettingsStore; children: ReactNode }) {
  const [settings, setSettings] = useState<PaneSettings>(() => sanitizeSettings(store.load()));
  const [notices, setNotices] = useState<Notice[]>([]);

  const updateSettings = useCallback(
    (patch: Partial<PaneSettings>) =>
      setSettings((prev) => {
        const next = { ...prev, ...patch };
        store.save(next);
        return next;
      }),
    [store]
  );
  const notify = useCallback((intent: NoticeIntent, text: string, detail?: string) => {
    const n: Notice = { id: noticeId++, intent, text, ...(detail ? { detail } : {}) };
    // One message per intent at a time keeps the narrow pane readable; errors stay until dismissed.
    setNotices((prev) => [...prev.filter((p) => p.intent !== intent), n]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((prev) => prev.filter((p) => p.id !== id)), []);
  const clearNotices = useCallback(() => setNotices([]), []);

  const lang = settings.lang;
  const value = useMemo<PaneContextValue>(
    () => ({
      settings,
      updateSettings,
      lang,
      t: (key: MessageKey, params?: MessageParams) => translate(lang, key, params),
      pick: (m: Bilingual) => (lang === "en" && m.messageEn ? m.messageEn : m.message),
      notices,
      notify,
      dismiss,
      clearNotices,
    }),
    [settings, updateSettings, lang, notices, notify, dismiss, clearNotices]
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}
