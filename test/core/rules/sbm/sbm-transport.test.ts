import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { sbmTiket } from "../../../../src/core/rules/sbm/sbm-tiket";
import { sbmTransport } from "../../../../src/core/rules/sbm/sbm-transport";
import { runRule, testRule } from "../../../helpers/rule-tester";
import { budget, JATENG } from "./sheets";

const env = { reference: createReferenceData() };

testRule(
  sbmTiket,
  {
    valid: [
      {
        name: "business class within Rp13.285.000",
        sheet: budget("524111", ["Tiket pesawat bisnis Jakarta - Ambon PP [1 OR x 1 KL]", 1, "OK", 13000000]),
        options: JATENG,
      },
      {
        name: "a route the table does not have",
        sheet: budget("524111", ["Tiket pesawat Jakarta - London [1 OR x 1 KL]", 1, "OK", 30000000]),
        options: JATENG,
      },
      {
        name: "one city named and the satker outside Jakarta: origin unknown",
        sheet: budget("524111", ["Tiket pesawat ke Ambon [1 OR x 1 KL]", 1, "OK", 30000000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "economy over the Lampiran II estimate (Rp7.081.000): a warning",
        sheet: budget("524111", ["Tiket pesawat Jakarta - Ambon PP [2 OR x 1 KL]", 2, "OK", 8000000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihEstimasi", severity: "warning" }],
      },
      {
        name: "the route in either order, origin Jakarta for a DKI satker",
        sheet: budget("524111", ["Tiket pesawat ke Makassar [2 OR x 1 KL]", 2, "OK", 4000000]),
        options: { tahun: 2026, provinsi: "DKI" },
        expect: [{ cell: "E3", messageId: "lebihEstimasi", severity: "warning" }],
      },
    ],
  },
  env
);

testRule(
  sbmTransport,
  {
    valid: [
      {
        name: "local transport within Rp170.000",
        sheet: budget("524113", ["Transport lokal peserta [20 OR x 1 KL]", 20, "OK", 170000]),
        options: JATENG,
      },
      {
        name: "vehicle rental is not a fare",
        sheet: budget("524113", ["Sewa kendaraan dalam kota [2 UNIT x 1 HR]", 2, "UNIT", 900000]),
        options: JATENG,
      },
      {
        name: "a destination the table does not have",
        sheet: budget("524111", ["Transport Semarang - Purwokerto [4 ORG x 1 KL]", 4, "OK", 350000]),
        options: JATENG,
      },
      {
        name: "within the route's amount (Semarang - Kab. Kudus Rp235.000)",
        sheet: budget("524111", ["Transport Semarang - Kab. Kudus [2 OR x 2 KL]", 4, "OK", 235000]),
        options: JATENG,
      },
      {
        name: "a return-trip price against twice the one-way amount",
        sheet: budget("524111", ["Transport Semarang - Kudus PP [2 OR x 1 KL]", 2, "OK", 470000]),
        options: JATENG,
      },
    ],
    invalid: [
      {
        name: "local transport over the estimate",
        sheet: budget("524113", ["Transport narasumber [1 ORG x 1 KEG]", 1, "OK", 1000000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihEstimasi", severity: "warning" }],
      },
      {
        name: "a route over its one-way amount",
        sheet: budget("524111", ["Transport peserta Semarang - Kab. Kudus [2 OR x 2 KL]", 4, "OK", 300000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihEstimasi", severity: "warning" }],
      },
      {
        name: "Jakarta to a nearby city (Kota Bogor Rp270.000)",
        sheet: budget("524111", ["Transport Jakarta - Kota Bogor [2 OR x 2 KL]", 4, "OK", 300000]),
        options: { tahun: 2026, provinsi: "DKI" },
        expect: [{ cell: "E3", messageId: "lebihEstimasi", severity: "warning" }],
      },
    ],
  },
  env
);

describe("SBM-TRANSPORT basis", () => {
  it("names the route and its Lampiran II estimate", () => {
    const [f] = runRule(
      sbmTransport,
      budget("524111", ["Transport Semarang - Kab. Kudus [2 OR x 2 KL]", 4, "OK", 300000]),
      JATENG,
      env
    );
    expect(f.input.basis).toMatch(
      /^PMK 32\/2025, transportasi darat dari ibukota provinsi ke kabupaten\/kota \(sekali jalan\) Jawa Tengah Semarang - Kab\. Kudus Rp235\.000\/orang\/kali/
    );
  });
});
