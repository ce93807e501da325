// Asserts a self-test run of the action through its outputs: every vulnerable sample scenario
// caught, no atomic one flagged. Used by the CI self-test jobs (embedded and local backends).
import { existsSync } from "node:fs";

const rates = JSON.parse(process.env.RATES ?? "{}");
const problems = [];
for (const name of ["Session Capacity Race", "Coupon Claim Race", "Enrollment Client Flow"]) {
  if (!(rates[name] > 0)) problems.push(`${name} was not caught (rate ${rates[name]})`);
}
for (const name of ["Session Capacity (atomic)", "Coupon Claim (atomic)"]) {
  if (rates[name] !== 0) problems.push(`${name} was flagged (rate ${rates[name]})`);
}
if (process.env.VERDICT !== "race") problems.push(`verdict ${process.env.VERDICT}, expected race`);
if (process.env.RACES !== "3") problems.push(`races ${process.env.RACES}, expected 3`);
if (!existsSync(process.env.REPORT ?? "")) problems.push(`no report at ${process.env.REPORT}`);
for (const p of problems) console.log(`::error::self-test (${process.env.BACKEND}): ${p}`);
if (problems.length > 0) process.exit(1);
console.log(`self-test (${process.env.BACKEND}) passed:`, JSON.stringify(rates));
