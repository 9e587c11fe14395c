import { levelFromOnet } from "../../tools/import/onet/onet-source";

describe("O*NET level mapping", () => {
    it("maps LV 0-7 onto proficiency 1-5", () => {
        expect([0, 1, 2, 3.5, 5, 6.2, 7].map(levelFromOnet)).toEqual([1, 2, 2, 3, 4, 5, 5]);
    });
});
