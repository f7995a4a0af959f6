/** How each command is called: in the help text and in usage errors, without loading the command. */
export const PERIKSA_USAGE =
  'telaah periksa BERKAS.xlsx|FOLDER [BERKAS ...] [--lembar NAMA] [--tahun 2026] [--provinsi "DKI JAKARTA"] [--tahap perencanaan|pelaksanaan] [--sbm SBM.csv] [--json | --ringkas] [--keluaran SALINAN.xlsx|FOLDER] [--paralel N]';
export const RPA_USAGE =
  "telaah rpa BERKAS.xlsx --out SALINAN.xlsx [--lembar NAMA] [--profil 52=ideal] [--profil 53=jadwal:3-5] [--json]";
export const DEVIASI_USAGE =
  "telaah deviasi BERKAS.xlsx --rencana LEMBAR --realisasi LEMBAR [--bulan 1-6] [--kecualikan-maret 51,52] [--satuan-rencana ribuan|rupiah] [--satuan-realisasi ribuan|rupiah] [--json]";
export const BANDING_USAGE =
  "telaah banding SEMULA.xlsx MENJADI.xlsx [--lembar-semula NAMA|NOMOR] [--lembar-menjadi NAMA|NOMOR] [--json] [--keluaran KOMPARASI.xlsx]";
