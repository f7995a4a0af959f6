/** Task pane entry: waits for Office, then mounts the pane with the Excel host. Kept tiny; the UI lives in App.tsx and below. */
import { createRoot } from "react-dom/client";
import App from "./App";
import { createExcelHost } from "./host/excel-host";
import { localSettingsStore } from "./settings";
import { forcedColorsActive, officeBodyBackground, themeKind } from "./theme";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const theme = themeKind(officeBodyBackground(), forcedColorsActive());
  // Outside Office, office.js resolves onReady without loading Excel's API.
  const outsideExcel = typeof Excel === "undefined";
  createRoot(root).render(
    <App host={createExcelHost()} store={localSettingsStore()} theme={theme} outsideExcel={outsideExcel} />
  );
});
