/** Task pane entry: waits for Office, then mounts the pane. Kept tiny; the UI lives in App.tsx and below. */
import { createRoot } from "react-dom/client";
import App from "./App";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App />);
});
