/**
 * The findings, virtualized (@tanstack/react-virtual): thousands of findings keep a few dozen DOM
 * rows. Keyboard: Up/Down/Home/End move between rows (roving tabindex), Enter on a finding selects
 * its cell, Enter/Space on a group header folds it; Tab reaches the buttons inside the current row.
 */
import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, Wrench16Regular } from "@fluentui/react-icons";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Finding } from "../../core/findings/finding";
import { ruleFamily } from "../../core/findings/finding";
import { usePane } from "../context";
import {
  familyKey,
  findingMessage,
  flattenGroups,
  SEVERITIES,
  type FindingGroup,
  type ListItem,
} from "./findings-view";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: "max(240px, 55vh)",
    overflowY: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  inner: { position: "relative", width: "100%" },
  item: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  group: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  rule: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  fix: { alignSelf: "flex-start" },
  grow: { flexGrow: 1 },
});

interface Props {
  findings: Finding[];
  groups: FindingGroup[];
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
  /** Disables the fix buttons while a check runs. */
  busy?: boolean;
}

export function FindingsList({ groups, onSelect, onFix, busy }: Props) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const items = useMemo(() => flattenGroups(groups, collapsed), [groups, collapsed]);
  const [active, setActive] = useState(0);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (i) => (items[i]?.kind === "group" ? 36 : 104),
    getItemKey: (i) => items[i]?.key ?? i,
    overscan: 6,
  });

  useEffect(() => {
    if (active >= items.length) setActive(Math.max(0, items.length - 1));
  }, [items.length, active]);

  // After keyboard moves, focus the active row once the virtualizer has rendered it.
  useEffect(() => {
    if (!focusPending.current) return;
    const el = scrollerRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  const toggle = useCallback((key: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const moveTo = (i: number) => {
    const target = Math.max(0, Math.min(items.length - 1, i));
    setActive(target);
    focusPending.current = true;
    virtualizer.scrollToIndex(target, { align: "auto" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: active + 8,
      PageUp: active - 8,
    };
    if (e.key in keys && (e.target as HTMLElement).dataset.index !== undefined) {
      e.preventDefault();
      moveTo(keys[e.key]);
    }
  };

  const activate = (item: ListItem) => {
    if (item.kind === "group") toggle(item.key);
    else onSelect(item.finding);
  };

  const groupLabel = (g: FindingGroup) => {
    if (g.by === "row") return t("periksa.groupRowLabel", { row: g.row! });
    const fk = familyKey(ruleFamily(g.rule!));
    return `${g.rule}${fk ? ` · ${t(fk)}` : ""}`;
  };

  return (
    <div
      ref={scrollerRef}
      className={styles.scroller}
      role="list"
      aria-label={t("periksa.list")}
      onKeyDown={onKeyDown}
      data-testid="findings-list"
    >
      <div className={styles.inner} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index];
          if (!item) return null;
          const common = {
            key: item.key,
            "data-index": v.index,
            ref: virtualizer.measureElement,
            tabIndex: v.index === active ? 0 : -1,
            role: "listitem",
            style: { transform: `translateY(${v.start}px)` },
            onFocus: () => setActive(v.index),
            onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
              if ((e.key === "Enter" || e.key === " ") && e.target === e.currentTarget) {
                e.preventDefault();
                activate(item);
              }
            },
          };
          if (item.kind === "group") {
            const open = !collapsed.has(item.key);
            const g = item.group;
            return (
              <div
                {...common}
                className={mergeClasses(styles.item, styles.group)}
                aria-expanded={open}
                onClick={() => toggle(item.key)}
                data-testid="finding-group"
              >
                {open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                <span className={styles.grow}>{groupLabel(g)}</span>
                {SEVERITIES.filter((s) => g.counts[s] > 0).map((s) => (
                  <Badge
                    key={s}
                    size="small"
                    appearance="tint"
                    color={s === "error" ? "danger" : s === "warning" ? "warning" : "informative"}
                    aria-label={`${g.counts[s]} ${t(`severity.${s}`)}`}
                  >
                    {g.counts[s]}
                  </Badge>
                ))}
              </div>
            );
          }
          const f = item.finding;
          return (
            <div
              {...common}
              className={mergeClasses(styles.item, styles.finding)}
              onClick={() => onSelect(f)}
              data-testid="finding"
              data-cell={f.cell}
              data-rule={f.rule}
              aria-label={`${t(`severity.${f.severity}`)} ${f.cell} ${f.rule}`}
            >
              <div className={styles.head}>
                <SeverityIcon severity={f.severity} label={t(`severity.${f.severity}`)} />
                <Button
                  appearance="transparent"
                  size="small"
                  tabIndex={v.index === active ? 0 : -1}
                  aria-label={t("periksa.goTo", { cell: f.cell })}
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(f);
                  }}
                >
                  {f.cell}
                </Button>
                <span className={styles.rule}>{f.rule}</span>
              </div>
              <Text size={300}>{findingMessage(f, lang)}</Text>
              {(f.expected || f.actual) && (
                <Caption1 className={styles.meta}>
                  {f.expected ? `${t("periksa.expected")}: ${f.expected}` : ""}
                  {f.expected && f.actual ? " · " : ""}
                  {f.actual ? `${t("periksa.actual")}: ${f.actual}` : ""}
                </Caption1>
              )}
              <Caption1 className={styles.meta}>
                {t("periksa.basis")}: {f.basis}
              </Caption1>
              {f.fix && (
                <Button
                  className={styles.fix}
                  size="small"
                  icon={<Wrench16Regular />}
                  disabled={busy}
                  tabIndex={v.index === active ? 0 : -1}
                  onClick={(e) => {
                    e.stopPropagation();
                    onFix(f);
                  }}
                >
                  {t("periksa.applyFix", { label: f.fix.label })}
                </Button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
