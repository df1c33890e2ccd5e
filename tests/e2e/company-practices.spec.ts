import { expect } from "@playwright/test";
import { checkCsv, createDataset, csvFile, test } from "./admin-helpers";
import { expectHydrated } from "./browser-checks";
import { fill, uniqueEmail } from "./helpers";

// Issue #19: an admin publishes a company's equity practices as figures with their source;
// a visitor who picks that company in the calculator gets them pre-filled, and can change them.

test("a company's published equity practices pre-fill the calculator, and stay editable", async ({
  adminPage: admin,
  page: visitor,
}) => {
  test.setTimeout(90_000);
  const company = `E2E Practices ${uniqueEmail("co").slice(3, 11)}`;
  const title = "E2E offer letter terms";

  await createDataset(admin, title);
  const practice = (key: string, metric: string, value: number) => ({
    key: `e2e.practice.${key}`,
    label: `${company} ${key}`,
    metric,
    statistic: "point",
    unit: "count",
    value,
    company,
  });
  await checkCsv(
    admin,
    "practices.csv",
    csvFile("key,label,metric,statistic,unit,value,company", [
      practice("vesting", "vesting_period", 5),
      practice("cliff", "vesting_cliff", 1),
      practice("signing", "signing_split", 2),
    ]),
  );
  await expect(admin.getByTestId("import-changes")).toContainText("3 added");
  await admin.getByRole("button", { name: "Apply import" }).click();
  await expect(admin.getByTestId("import-status")).toContainText("Imported practices.csv: 3 added");
  admin.once("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: /^Publish version \d+$/ }).click();
  await expect(admin.getByTestId("draft-status")).toContainText(/Published version \d+/);

  // An anonymous visitor, in another browser context.
  await visitor.goto("/calculator");
  await expectHydrated(visitor);
  const vesting = visitor.getByLabel("Vesting schedule");
  const signing = visitor.getByLabel("Signing bonus paid");
  const unvested = visitor.getByTestId("unvested-equity");
  // The defaults differ from the company's practices, so a pre-fill that did nothing fails.
  await expect(vesting).toHaveValue("even4_cliff");
  await expect(signing).toHaveValue("year1");
  await expect(unvested).toHaveText("$0");
  await expect(visitor.getByTestId("practice-notice")).toHaveCount(0);

  await visitor.getByLabel("Company (optional)").selectOption(company);
  const notice = visitor.getByTestId("practice-notice");
  await expect(notice).toContainText(`Pre-filled from ${company}'s published practices`);
  await expect(notice).toContainText("Vesting over 5 years with a 1-year cliff, evenly.");
  await expect(notice).toContainText("Signing bonus split over years 1 and 2.");
  await expect(notice).toContainText(`Source: ${company} vesting; E2E publisher`);
  await expect(notice).toContainText(`Source: ${company} cliff; E2E publisher`);
  await expect(notice).toContainText(`Source: ${company} signing; E2E publisher`);
  await expect(vesting).toHaveValue("custom");
  const custom = visitor.getByLabel("Custom schedule (% per year)");
  await expect(custom).toHaveValue("20, 20, 20, 20, 20");
  await expect(signing).toHaveValue("split");
  // Over the default 4-year horizon, a fifth of the default $400,000 grant is still unvested.
  await expect(unvested).toHaveText("$80,000");

  // The pre-filled fields are the visitor's to change, and the results follow.
  await fill(visitor, "Custom schedule (% per year)", "10, 10, 10, 10, 60");
  await expect(custom).toHaveValue("10, 10, 10, 10, 60");
  await expect(unvested).toHaveText("$240,000");
  await signing.selectOption("year1");
  await expect(signing).toHaveValue("year1");
});
