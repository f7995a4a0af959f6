/**
 * The pane follows the Office theme: Office tells the add-in its body background colour; a dark one
 * selects Fluent's dark theme. Windows high contrast (forced colours) selects the high-contrast theme.
 * No colour is written here: only Office's own value is read and Fluent's themes are chosen.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0..1) of "#RRGGBB"/"#RGB"; null for anything else. */
export function luminance(hex: string | undefined | null): number | null {
  if (!hex) return null;
  let h = hex.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(h)) h = [...h].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(h)) return null;
  const ch = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

export type ThemeKind = "light" | "dark" | "contrast";

export function themeKind(bodyBackground: string | undefined | null, forcedColors: boolean): ThemeKind {
  if (forcedColors) return "contrast";
  const l = luminance(bodyBackground);
  return l !== null && l < 0.35 ? "dark" : "light";
}

export const THEMES: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Office's theme when the pane runs in Office (officeTheme exists on desktop and the web). */
export function officeBodyBackground(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  } catch {
    return undefined;
  }
}

export function forcedColorsActive(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia("(forced-colors: active)").matches
  );
}
