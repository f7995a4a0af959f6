import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { sbmPaketRapat } from "../../../../src/core/rules/sbm/sbm-paket-rapat";
import { sbmUangSaku } from "../../../../src/core/rules/sbm/sbm-uang-saku";
import { testRule } from "../../../helpers/rule-tester";
import { budget, JATENG } from "./sheets";

const env = { reference: createReferenceData() };
const DKI = { tahun: 2026, provinsi: "DKI Jakarta" };

testRule(
  sbmUangSaku,
  {
    valid: [
      {
        name: "fullboard at Rp130.000",
        sheet: budget("524119", ["Uang saku rapat fullboard [20 OR x 2 HR]", 40, "OH", 130000]),
        options: JATENG,
      },
      {
        name: "fullday: none given in TA2026, nothing to compare with",
        sheet: budget("524114", ["Uang saku rapat fullday [20 OR x 1 HR]", 20, "OH", 100000]),
        options: JATENG,
      },
      {
        name: "uang saku outside a meeting is another standard",
        sheet: budget("521219", ["Uang saku mahasiswa praktik [20 OR x 5 HR]", 100, "OH", 150000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "fullboard over Rp130.000 (news only: warning)",
        sheet: budget("524119", ["Uang saku rapat fullboard [20 OR x 2 HR]", 40, "OH", 150000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "'uang harian full board' is the same item",
        sheet: budget("524119", ["Uang harian full board [15 OR x 2 HR]", 30, "OH", 150000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "uang saku of a meeting under 524114 without its type",
        sheet: budget("524114", ["Uang saku peserta [30 OR x 1 HR]", 30, "OH", 250000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
    ],
  },
  env
);

testRule(
  sbmPaketRapat,
  {
    valid: [
      {
        name: "fullday category C in Jawa Tengah within Rp319.000",
        sheet: budget("524114", ["Paket meeting fullday eselon III [30 OR x 1 HR]", 30, "OH", 319000]),
        options: JATENG,
      },
      {
        name: "no category, below the lowest",
        sheet: budget("524114", ["Paket rapat halfday [30 OR x 1 HR]", 30, "OH", 300000]),
        options: DKI,
      },
      {
        name: "a package for the whole event is not per participant",
        sheet: budget("524114", ["Paket meeting fullday", 1, "PKT", 30000000]),
        options: DKI,
      },
      {
        name: "two meeting types on one line",
        sheet: budget("524114", ["Paket meeting halfday dan fullday [30 OR x 1 HR]", 30, "OH", 3000000]),
        options: DKI,
      },
    ],
    invalid: [
      {
        name: "fullday category A in DKI Jakarta over Rp993.000 (VERIFIED)",
        sheet: budget("524114", ["Paket meeting fullday tingkat menteri di Jakarta [20 OR x 1 HR]", 20, "OH", 1000000]),
        options: DKI,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "venue not named: the satker's province, a warning while another province allows more",
        sheet: budget("524114", ["Paket meeting fullday tingkat menteri [20 OR x 1 HR]", 20, "OH", 1000000]),
        options: DKI,
        expect: [{ cell: "E3", messageId: "tujuanTakDisebut", severity: "warning" }],
      },
      {
        name: "no category: above the lowest category is an info",
        sheet: budget("524114", ["Paket meeting fullday [20 OR x 1 HR]", 20, "OH", 900000]),
        options: DKI,
        expect: [{ cell: "E3", messageId: "jabatanTakDisebut", severity: "info" }],
      },
      {
        name: "named venue province, UNVERIFIED amount: warning",
        sheet: budget("524119", ["Paket meeting fullboard eselon III di Bali [20 OR x 2 HR]", 40, "OH", 1500000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
    ],
  },
  env
);
