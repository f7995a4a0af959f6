import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { sbmHonorarium } from "../../../../src/core/rules/sbm/sbm-honorarium";
import { sbmRepresentasi } from "../../../../src/core/rules/sbm/sbm-representasi";
import { testRule } from "../../../helpers/rule-tester";
import { budget, JATENG } from "./sheets";

const env = { reference: createReferenceData() };
const TA2024 = { tahun: 2024, provinsi: "Jawa Tengah" };

testRule(
  sbmHonorarium,
  {
    valid: [
      {
        name: "narasumber menteri at Rp1.700.000/OJ",
        sheet: budget("522151", ["Honor narasumber menteri [1 OR x 2 JAM]", 2, "OJ", 1700000]),
        options: JATENG,
      },
      {
        name: "priced per activity, not per hour",
        sheet: budget("522151", ["Honor narasumber [2 OR x 1 KEG]", 2, "OK", 2000000]),
        options: JATENG,
      },
      {
        name: "transport narasumber is transport",
        sheet: budget("524111", ["Transport narasumber [2 OR x 1 KL]", 2, "OK", 2000000]),
        options: JATENG,
      },
      {
        name: "tim sekretariat has no amount in the data",
        sheet: budget("521213", ["Honor tim sekretariat [2 OR x 12 BLN]", 24, "OB", 5000000]),
        options: JATENG,
      },
      {
        name: "narasumber without rank at or below the lowest group",
        sheet: budget("522151", ["Narasumber kuliah umum [1 OR x 3 JAM]", 3, "OJ", 900000]),
        options: JATENG,
      },
      {
        name: "moderator priced per hour is not per occasion",
        sheet: budget("522151", ["Honor moderator [2 OR x 2 KL]", 4, "JAM", 800000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "TA2024 narasumber eselon II over Rp1.000.000 (VERIFIED)",
        sheet: budget("522151", ["Honor narasumber eselon II [1 OR x 2 JAM]", 2, "OJ", 1200000]),
        options: TA2024,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "TA2026 narasumber rests on one source: warning",
        sheet: budget("522151", ["Honor narasumber eselon II [1 OR x 2 JAM]", 2, "OJ", 1200000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "TA2024 moderator over Rp700.000",
        sheet: budget("522151", ["Honor moderator [1 OR x 1 KL]", 1, "OK", 800000]),
        options: TA2024,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "TA2024 pembawa acara (MC) over Rp400.000, also in pelaksanaan",
        sheet: budget("522151", ["Honor MC [1 OR x 1 KL]", 1, "OK", 500000]),
        options: { ...TA2024, tahap: "pelaksanaan" },
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "panitia ketua over Rp400.000 (UNVERIFIED)",
        sheet: budget("521213", ["Honor panitia ketua [1 OR x 1 KEG]", 1, "OK", 500000]),
        options: TA2024,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "tim pelaksana SK KPA anggota over Rp300.000/OB (UNVERIFIED)",
        sheet: budget("521213", ["Honor tim pelaksana kegiatan SK KPA anggota [5 OR x 12 BLN]", 60, "OB", 400000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "narasumber without rank above the lowest group: info",
        sheet: budget("522151", ["Honor narasumber [1 OR x 2 JAM]", 2, "OJ", 1000000]),
        options: TA2024,
        expect: [{ cell: "E3", messageId: "jabatanTakDisebut", severity: "info" }],
      },
    ],
  },
  env
);

testRule(
  sbmRepresentasi,
  {
    valid: [
      {
        name: "pejabat negara (DPR) at Rp250.000",
        sheet: budget("524111", ["Uang representasi anggota DPR [1 OR x 1 HR]", 1, "OH", 250000]),
        options: JATENG,
      },
      {
        name: "no rank, below the lowest (Rp150.000)",
        sheet: budget("524111", ["Uang representasi [1 OR x 2 HR]", 2, "OH", 150000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "eselon I over Rp200.000",
        sheet: budget("524111", ["Uang representasi eselon I [1 OR x 2 HR]", 2, "OH", 250000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "dalam kota eselon II over Rp75.000",
        sheet: budget("524113", ["Uang representasi dalam kota eselon II [1 OR x 1 HR]", 1, "OH", 100000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "no rank: over every rank is an error",
        sheet: budget("524111", ["Uang representasi [1 OR x 2 HR]", 2, "OH", 300000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
    ],
  },
  env
);
