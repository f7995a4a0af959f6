/** Placeholder pane; replaced by the task pane UI (Periksa, RPA, Komparasi, Pengaturan). */
export default function App() {
  return <main>Telaah</main>;
}
