import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { sbmKonsumsi } from "../../../../src/core/rules/sbm/sbm-konsumsi";
import { runRule, testRule } from "../../../helpers/rule-tester";
import { budget, JATENG } from "./sheets";

const env = { reference: createReferenceData() };
const KALTENG = { tahun: 2026, provinsi: "Kalteng" };

testRule(
  sbmKonsumsi,
  {
    valid: [
      {
        name: "konsumsi rapat within makan + kudapan (Jawa Tengah Rp86.000)",
        sheet: budget("521211", ["Konsumsi rapat [20 OR x 2 KL]", 40, "OK", 86000]),
        options: JATENG,
      },
      {
        name: "a snack within kudapan",
        sheet: budget("521211", ["Snack rapat [20 OR x 1 KL]", 20, "OK", 17000]),
        options: JATENG,
      },
      {
        name: "a package for the whole meeting",
        sheet: budget("521211", ["Konsumsi rapat [1 PKT]", 1, "PKT", 5000000]),
        options: JATENG,
      },
      {
        name: "konsumsi for patients has its own standard",
        sheet: budget("521211", ["Konsumsi pasien [30 OR x 3 KL]", 90, "OK", 150000]),
        options: JATENG,
      },
      {
        name: "uang makan PNS is belanja pegawai",
        sheet: budget("511129", ["Uang makan PNS [10 OR x 22 HR]", 220, "OH", 150000]),
        options: JATENG,
      },
      {
        name: "priced per group, not per person",
        sheet: budget("521211", ["Konsumsi pembekalan [7 RS x 1 KL]", 7, "OK", 350000]),
        options: JATENG,
      },
      {
        name: "konsumsi narasumber is konsumsi, within the ceiling",
        sheet: budget("521211", ["Konsumsi narasumber [2 OR x 1 KL]", 2, "OK", 50000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "makan alone over Rp69.000 (UNVERIFIED: warning)",
        sheet: budget("521211", ["Makan siang rapat [20 OR x 1 KL]", 20, "OK", 80000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "over the VERIFIED Kalimantan Tengah amounts (Rp42.000 + Rp16.000)",
        sheet: budget("521211", ["Konsumsi rapat koordinasi [25 OR x 1 KL]", 25, "OK", 60000]),
        options: KALTENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "kudapan of a rapat koordinasi at eselon I level: the national amount (Rp53.000)",
        sheet: budget("521211", ["Kudapan rapat koordinasi tingkat eselon I [25 OR x 1 KL]", 25, "OK", 60000]),
        options: KALTENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "konsumsi is not income: a warning in pelaksanaan",
        sheet: budget("521211", ["Konsumsi rapat [25 OR x 1 KL]", 25, "OK", 60000]),
        options: { ...KALTENG, tahap: "pelaksanaan" },
        expect: [{ cell: "E3", messageId: "lebihBatasPelaksanaan", severity: "warning" }],
      },
    ],
  },
  env
);

describe("SBM-KONSUMSI message", () => {
  it("shows the two parts of a combined ceiling", () => {
    const [f] = runRule(
      sbmKonsumsi,
      budget("521211", ["Konsumsi rapat [25 OR x 1 KL]", 25, "OK", 60000]),
      KALTENG,
      env
    );
    expect(f.input.data?.batas).toBe("makan Rp42.000 + kudapan Rp16.000 = Rp58.000/OK");
    expect(f.input.basis).toContain(
      "konsumsi rapat (makan) Kalimantan Tengah Rp42.000/OK + PMK 32/2025, konsumsi rapat (kudapan) Kalimantan Tengah Rp16.000/OK"
    );
  });
});
