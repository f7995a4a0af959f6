import { CATALOGUE, EN, ID, placeholders, translate, type MessageKey } from "../../src/taskpane/i18n";

describe("i18n catalogue", () => {
  const idKeys = Object.keys(ID).sort();
  const enKeys = Object.keys(EN).sort();

  test("every key exists in both languages", () => {
    expect(enKeys).toEqual(idKeys);
  });

  test.each(idKeys)("%s: both texts are non-empty and use the same placeholders", (key) => {
    const k = key as MessageKey;
    expect(ID[k].trim()).not.toBe("");
    expect(EN[k].trim()).not.toBe("");
    expect(placeholders(EN[k])).toEqual(placeholders(ID[k]));
  });

  test("the catalogue maps both languages", () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual(["en", "id"]);
  });

  test("translate fills placeholders and leaves unknown ones visible", () => {
    expect(translate("id", "periksa.exported", { sheet: "Temuan Telaah" })).toBe(
      'Temuan diekspor ke lembar "Temuan Telaah".'
    );
    expect(translate("en", "periksa.exported", { sheet: "X" })).toBe('Findings exported to sheet "X".');
    expect(translate("id", "periksa.exported")).toBe('Temuan diekspor ke lembar "{sheet}".');
  });

  test("every month has a name in both languages", () => {
    for (let m = 1; m <= 12; m++) {
      const key = `month.${m}` as MessageKey;
      expect(ID[key]).toBeDefined();
      expect(EN[key]).toBeDefined();
    }
  });
});
