import { readSheetSnapshot } from "../../src/excel/read-snapshot";
import { FakeExcel } from "./fake-context";
import { FakeWorkbook } from "./fake-workbook";
(async () => {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("K");
  for (let i = 0; i < 20000; i++) sheet.setRows(4 + i, 0, [["", `- Konsumsi ${i}`, 15, "OK", 50000, 750000]]);
  const t = Date.now();
  const fake = new FakeExcel(wb);
  const res = await readSheetSnapshot(fake.context, { budget: { maxBytes: 400_000 } });
  console.log("read", Date.now() - t, res.ok && res.value.blocks);
})();
