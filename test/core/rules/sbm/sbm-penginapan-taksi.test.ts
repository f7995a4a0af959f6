import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { sbmPenginapan } from "../../../../src/core/rules/sbm/sbm-penginapan";
import { sbmTaksi } from "../../../../src/core/rules/sbm/sbm-taksi";
import { testRule } from "../../../helpers/rule-tester";
import { budget, JATENG } from "./sheets";

const env = { reference: createReferenceData() };

testRule(
  sbmPenginapan,
  {
    valid: [
      {
        name: "eselon III in Bali within Rp1.754.000",
        sheet: budget("524111", ["Penginapan eselon III ke Bali [2 OR x 2 MLM]", 4, "OH", 1700000]),
        options: JATENG,
      },
      {
        name: "no rank, below the lowest group (Jawa Tengah Rp810.000)",
        sheet: budget("524111", ["Penginapan peserta [2 OR x 1 MLM]", 2, "OH", 800000]),
        options: JATENG,
      },
      {
        name: "a package price is not per night",
        sheet: budget("524111", ["Biaya penginapan peserta", 1, "PKT", 25000000]),
        options: JATENG,
      },
      {
        name: "a fullboard package holds the room: not penginapan",
        sheet: budget("524119", ["Paket rapat fullboard termasuk penginapan [20 OR x 2 HR]", 40, "OH", 1500000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "golongan III in DKI Jakarta over Rp730.000 (VERIFIED)",
        sheet: budget("524111", ["Penginapan pelaksana golongan III ke Jakarta [1 OR x 2 MLM]", 2, "OH", 900000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "penginapan is not income: a warning in pelaksanaan",
        sheet: budget("524111", ["Penginapan golongan III ke Jakarta [1 OR x 2 MLM]", 2, "OH", 900000]),
        options: { ...JATENG, tahap: "pelaksanaan" },
        expect: [{ cell: "E3", messageId: "lebihBatasPelaksanaan", severity: "warning" }],
      },
      {
        name: "an UNVERIFIED table value is a warning",
        sheet: budget("524111", ["Penginapan eselon IV ke Surabaya [1 OR x 2 MLM]", 2, "OH", 900000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "no rank stated: above the lowest group is worth an info",
        sheet: budget("524111", ["Penginapan peserta ke Jakarta [2 OR x 1 MLM]", 2, "OH", 1000000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "jabatanTakDisebut", severity: "info" }],
      },
    ],
  },
  env
);

testRule(
  sbmTaksi,
  {
    valid: [
      {
        name: "the higher of satker and destination (DKI Jakarta Rp250.000)",
        sheet: budget("524111", ["Taksi ke Jakarta [1 OR x 2 PP]", 2, "OK", 240000]),
        options: JATENG,
      },
      {
        name: "a round-trip price meets twice the one-way amount",
        sheet: budget("524111", ["Taksi bandara [1 OR x 1 KL]", 1, "PP", 480000]),
        options: { tahun: 2026, provinsi: "DKI" },
      },
      {
        name: "a destination that cannot be placed",
        sheet: budget("524111", ["Taksi ke Kota Antah [1 OR x 2 PP]", 2, "OK", 900000]),
        options: JATENG,
      },
      {
        name: "no data for the four new Papua provinces",
        sheet: budget("524111", ["Taksi di Nabire [1 OR x 2 PP]", 2, "OK", 900000]),
        options: { tahun: 2026, provinsi: "Papua Tengah" },
      },
    ],
    invalid: [
      {
        name: "over the VERIFIED Papua amount (Rp462.000) where the satker is",
        sheet: budget("524111", ["Taksi di Jayapura [1 OR x 2 PP]", 2, "OK", 500000]),
        options: { tahun: 2026, provinsi: "Papua" },
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "an UNVERIFIED amount: warning",
        sheet: budget("524111", ["Taksi ke Semarang [1 OR x 2 PP]", 2, "OK", 120000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "no destination: a warning while another province allows more",
        sheet: budget("524111", ["Biaya taksi narasumber [1 OR x 2 PP]", 2, "OK", 160000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "tujuanTakDisebut", severity: "warning" }],
      },
    ],
  },
  env
);
