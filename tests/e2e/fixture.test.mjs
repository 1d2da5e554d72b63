// The shared fixture's own check, without a browser: the faults it must report for a page,
// so a fixture that stopped looking would fail here rather than pass every other test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { faults } from "./support.mjs";

const page = (fields = {}) => ({ problems: [], requests: [], expected: [], origin: () => "http://127.0.0.1:4000", ...fields });

test("a clean page has no faults", () => {
  assert.deepEqual(faults(page({ requests: ["http://127.0.0.1:4000/index.html", "blob:http://127.0.0.1:4000/1", "data:image/png;base64,AA"] })), []);
});

test("a console error, an undeclared page error and a request elsewhere are faults", () => {
  const found = faults(page({
    problems: ["console: Refused to load the script", "page error: unreachable"],
    requests: ["https://cdn.example.com/lib.js", "http://127.0.0.1:4001/other-port"],
  }));
  assert.equal(found.length, 2);
  assert.match(found[0], /Refused to load the script/);
  assert.match(found[0], /unreachable/);
  assert.match(found[1], /cdn\.example\.com/);
  assert.match(found[1], /127\.0\.0\.1:4001/);
});

test("a declared error is allowed only if it happens", () => {
  const declared = { pattern: /unreachable/, why: "the test traps on purpose" };
  assert.deepEqual(faults(page({ problems: ["page error: unreachable"], expected: [declared] })), []);
  const found = faults(page({ expected: [declared] }));
  assert.equal(found.length, 1);
  assert.match(found[0], /declared an error that never happened \(the test traps on purpose\)/);
});
