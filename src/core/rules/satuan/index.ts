import type { Rule } from "../rule";
import { satuanTidakDikenal } from "./satuan-tidak-dikenal";
import { satuanVolume } from "./satuan-volume";

/** Units: known spellings, and agreement with the volume expression. */
export const satuanRules: readonly Rule[] = [satuanTidakDikenal, satuanVolume];
