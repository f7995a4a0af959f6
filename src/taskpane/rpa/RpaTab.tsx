import { Caption1 } from "@fluentui/react-components";
import { usePane } from "../context";

export default function RpaTab() {
  const { t } = usePane();
  return <Caption1>{t("rpa.intro")}</Caption1>;
}
