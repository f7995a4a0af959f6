/**
 * The task pane: theme, language, message area and the four tabs. Periksa loads with the pane; the
 * other tabs load when first opened (React.lazy) and stay mounted after that, so their state
 * survives switching tabs.
 */
import {
  Button,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { HostContext, PaneProvider, usePane } from "./context";
import type { HostApi, SettingsStore } from "./host/types";
import { Notices } from "./Notices";
import PeriksaTab from "./periksa/PeriksaTab";
import { THEMES, type ThemeKind } from "./theme";

const RpaTab = lazy(() => import(/* webpackChunkName: "tab-rpa" */ "./rpa/RpaTab"));
const KomparasiPanel = lazy(() => import(/* webpackChunkName: "tab-komparasi" */ "./komparasi/KomparasiPanel"));
const PengaturanTab = lazy(() => import(/* webpackChunkName: "tab-pengaturan" */ "./pengaturan/PengaturanTab"));

type TabId = "periksa" | "rpa" | "komparasi" | "pengaturan";
const TABS: TabId[] = ["periksa", "rpa", "komparasi", "pengaturan"];

/** The pane owns the whole task pane window: no page margin, and only the content area scrolls. */
const usePageStyles = makeStaticStyles({ "html, body": { margin: 0, height: "100%", overflow: "hidden" } });

const useStyles = makeStyles({
  pane: { height: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  tabs: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    overflowY: "auto",
  },
  panel: { flexGrow: 1, minHeight: 0, display: "flex", flexDirection: "column" },
  /** The hidden attribute alone loses to the panel's display: flex. */
  hidden: { display: "none" },
});

export interface AppProps {
  host: HostApi;
  store: SettingsStore;
  theme?: ThemeKind;
  /** Opened in a browser, not in Excel: the pane says so instead of failing on the first click. */
  outsideExcel?: boolean;
}

export default function App({ host, store, theme = "light", outsideExcel = false }: AppProps) {
  usePageStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]}>
      <HostContext.Provider value={host}>
        <PaneProvider store={store}>
          {/* Layout lives on an inner element: Fluent copies the provider's classes onto its portals (menus, listboxes). */}
          <div className={styles.pane}>
            <Pane outsideExcel={outsideExcel} />
          </div>
        </PaneProvider>
      </HostContext.Provider>
    </FluentProvider>
  );
}

function Pane({ outsideExcel }: { outsideExcel: boolean }) {
  const styles = useStyles();
  const { t, lang, settings, updateSettings } = usePane();
  const [tab, setTab] = useState<TabId>("periksa");
  const [opened, setOpened] = useState<Set<TabId>>(() => new Set(["periksa"]));

  const open = (id: TabId) => {
    setTab(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set(prev).add(id)));
  };
  const panel = (id: TabId, content: ReactNode) =>
    opened.has(id) ? (
      <div
        key={id}
        role="tabpanel"
        id={`panel-${id}`}
        aria-labelledby={`tab-${id}`}
        hidden={tab !== id}
        className={mergeClasses(styles.panel, tab !== id && styles.hidden)}
      >
        {content}
      </div>
    ) : null;

  return (
    <>
      <header className={styles.header} lang={lang}>
        <Text as="h1" size={400} className={styles.title}>
          {t("app.title")}
        </Text>
        <Button
          appearance="subtle"
          size="small"
          icon={<LocalLanguage20Regular />}
          aria-label={t("app.lang.switchLabel")}
          onClick={() => updateSettings({ lang: settings.lang === "id" ? "en" : "id" })}
          data-testid="lang-switch"
        >
          {t("app.lang.switch")}
        </Button>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => open(d.value as TabId)}
        aria-label={t("app.tabs")}
        size="medium"
      >
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
            {t(`tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <main className={styles.main} lang={lang}>
        {outsideExcel && (
          <MessageBar intent="warning" data-testid="outside-excel">
            <MessageBarBody>{t("err.noHost")}</MessageBarBody>
          </MessageBar>
        )}
        <Notices />
        <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
          {panel("periksa", <PeriksaTab />)}
          {panel("rpa", <RpaTab />)}
          {panel("komparasi", <KomparasiPanel />)}
          {panel("pengaturan", <PengaturanTab />)}
        </Suspense>
      </main>
    </>
  );
}
