/** The message area: errors and results as Fluent MessageBars, in the pane's language. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { usePane } from "./context";

const useStyles = makeStyles({
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    wordBreak: "break-word",
  },
  body: { whiteSpace: "normal" },
});

export function Notices() {
  const styles = useStyles();
  const { notices, dismiss, t } = usePane();
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup animate="exit-only">
      {notices.map((n) => (
        <MessageBar
          key={n.id}
          intent={n.intent}
          layout="multiline"
          data-testid={`notice-${n.intent}`}
          politeness={n.intent === "error" ? "assertive" : "polite"}
        >
          <MessageBarBody className={styles.body}>
            {n.intent === "error" && <MessageBarTitle>{t("common.error")}</MessageBarTitle>}
            {n.text}
            {n.detail && <span className={styles.detail}>{n.detail}</span>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("common.close")}
                icon={<Dismiss16Regular />}
                onClick={() => dismiss(n.id)}
              />
            }
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
