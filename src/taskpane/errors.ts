/**
 * Anything that went wrong, as one line in the pane's language for the MessageBar. Host failures
 * carry both languages; the core's TelaahError speaks Indonesian (it names the user's sheet);
 * anything else is unexpected and says so with its text.
 */
import { TelaahError } from "../core/errors";
import type { HostError, HostResult } from "./host/types";
import type { Lang, Translate } from "./i18n";

export interface ShownError {
  text: string;
  detail?: string;
  /** The user cancelled: worth a note, not an error. */
  cancelled?: boolean;
}

export function isHostError(e: unknown): e is HostError {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as HostError).code === "string" &&
    typeof (e as HostError).message === "string" &&
    "messageEn" in e
  );
}

/** Lets a failed HostResult travel as an exception through a chain of awaits. */
export class HostResultError extends Error {
  constructor(readonly error: HostError) {
    super(error.message);
    this.name = "HostResultError";
  }
}

/** The value of a HostResult, or a HostResultError. */
export function unwrap<T>(r: HostResult<T>): T {
  if (!r.ok) throw new HostResultError(r.error);
  return r.value;
}

export function describeError(e: unknown, lang: Lang, t: Translate): ShownError {
  const host = e instanceof HostResultError ? e.error : isHostError(e) ? e : null;
  if (host) {
    const text = lang === "en" && host.messageEn ? host.messageEn : host.message;
    if (host.code === "CANCELLED") return { text, cancelled: true };
    return host.detail ? { text, detail: host.detail } : { text };
  }
  if (e instanceof TelaahError) return { text: e.message };
  if (typeof e === "object" && e !== null && (e as { name?: string }).name === "AbortError")
    return { text: t("err.cancelled") };
  const message = e instanceof Error ? e.message : String(e);
  return { text: t("err.unknown", { message }) };
}
