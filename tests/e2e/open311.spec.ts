import { expect, test } from "./fixtures";
import { Answers, database, expectElements, issueKey } from "./open311-helpers";

test.use({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB" } });

// GeoReport v2 as the standard lists it: every endpoint in JSON and XML with
// its fields, the error format, paging; then every answer searched for the
// residents' phones and e-mails. Plain HTTP: once, in the project with JavaScript.

const base = "/open311/v2";
const serviceFields = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"];
const attributeFields = ["variable", "code", "datatype", "required", "datatype_description", "order", "description"];
const receiptFields = ["service_request_id", "token", "service_notice", "account_id"];
const requestFields = [
  "service_request_id",
  "status",
  "status_notes",
  "service_name",
  "service_code",
  "description",
  "agency_responsible",
  "service_notice",
  "requested_datetime",
  "updated_datetime",
  "expected_datetime",
  "address",
  "address_id",
  "zipcode",
  "media_url",
];
type Json = Record<string, unknown>;

test("Open311 GeoReport v2: every endpoint in JSON and XML, its errors and paging, and no resident's contact anywhere @js-only", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const sql = database();
  const answers = new Answers(request);
  try {
    const key = await issueKey(page, `Conformance ${Date.now()}`);
    const [village] = await sql<
      { id: number; name: string }[]
    >`select id, name_zh as name from areas where kind = 'village' order by id limit 1`;
    const tag = Date.now().toString(36);
    const contact = { email: `open311.${tag}@resident.test`, phone: `139${String(Date.now()).slice(-8)}` };

    const discovery = (await (await answers.get(`${base}/discovery.json`)).json()) as Json & { endpoints: Json[] };
    expect(Object.keys(discovery)).toEqual(["changeset", "contact", "key_service", "endpoints"]);
    expect(discovery.endpoints[0]).toMatchObject({
      specification: "http://wiki.open311.org/GeoReport_v2",
      url: expect.stringMatching(/\/open311\/v2$/),
      type: "production",
      formats: ["text/xml", "application/json"],
    });
    const discoveryXml = await (await answers.get(`${base}/discovery.xml`)).text();
    expectElements(discoveryXml, [
      "discovery",
      "changeset",
      "contact",
      "key_service",
      "endpoints",
      "endpoint",
      "specification",
      "url",
      "type",
      "formats",
    ]);
    expect(discoveryXml).toContain("<format>text/xml</format><format>application/json</format>");

    const services = (await (await answers.get(`${base}/services.json`)).json()) as Json[];
    for (const service of services) expect(Object.keys(service)).toEqual(serviceFields);
    expect(services.map((s) => s.service_code)).toEqual(expect.arrayContaining(["problem-hazard", "service-id-card-lost-report"]));
    expect(services.find((s) => s.service_code === "problem-hazard")).toMatchObject({
      service_name: "Hazard",
      metadata: true,
      type: "realtime",
    });
    const servicesXml = await (await answers.get(`${base}/services.xml`)).text();
    expectElements(servicesXml, ["services", "service", ...serviceFields]);

    const definition = (await (await answers.get(`${base}/services/problem-hazard.json`)).json()) as {
      service_code: string;
      attributes: Json[];
    };
    expect(definition.service_code).toBe("problem-hazard");
    for (const attribute of definition.attributes) expect(Object.keys(attribute)).toEqual(expect.arrayContaining(attributeFields));
    expect(definition.attributes[0]).toMatchObject({ code: "subject", datatype: "string", required: true, order: 1 });
    expect(definition.attributes.find((a) => a.code === "consent_to_publish")).toMatchObject({
      datatype: "singlevaluelist",
      values: [
        { key: "yes", name: "Yes" },
        { key: "no", name: "No" },
      ],
    });
    const definitionXml = await (await answers.get(`${base}/services/service-id-card-lost-report.xml`)).text();
    expectElements(definitionXml, ["service_definition", "service_code", "attributes", "attribute", ...attributeFields]);
    expect(definitionXml).toContain("<code>lostOn</code><datatype>datetime</datatype>");

    const post = (format: string, extra: Record<string, string> = {}, status = 200) =>
      answers.post(
        `${base}/requests.${format}`,
        {
          api_key: key,
          service_code: "problem-hazard",
          "attribute[subject]": `Broken street light ${tag}`,
          description: `The light at the gate has been out for a month. Call me on ${contact.phone}.`,
          address_id: String(village!.id),
          email: contact.email,
          phone: contact.phone,
          first_name: "Conformance",
          last_name: `Tester ${tag}`,
          ...extra,
        },
        status,
      );
    const [receipt] = (await (await post("json")).json()) as Json[];
    expect(Object.keys(receipt!)).toEqual(receiptFields);
    expect(receipt!.service_request_id).toMatch(/^F\d{6}-[2-9A-Z]{6}$/);
    expect(receipt!.service_notice).toContain(String(receipt!.service_request_id));
    const receiptXml = await (await post("xml")).text();
    expectElements(receiptXml, ["service_requests", "request", ...receiptFields]);
    const id = String(receipt!.service_request_id);
    const token = String(receipt!.token);

    expect(await (await answers.get(`${base}/tokens/${token}.json`)).json()).toEqual([{ service_request_id: id, token }]);
    expectElements(await (await answers.get(`${base}/tokens/${token}.xml`)).text(), [
      "service_requests",
      "request",
      "service_request_id",
      "token",
    ]);

    const [one] = (await (await answers.get(`${base}/requests/${id}.json`)).json()) as Json[];
    expect(Object.keys(one!)).toEqual(requestFields);
    expect(one).toMatchObject({
      service_request_id: id,
      status: "open",
      service_code: "problem-hazard",
      description: null,
      address_id: String(village!.id),
    });
    expect(one).not.toHaveProperty("lat");
    const oneXml = await (await answers.get(`${base}/requests/${id}.xml`)).text();
    expectElements(oneXml, ["service_requests", "request", ...requestFields]);
    expect(oneXml).not.toMatch(/<(lat|long)>/);

    const listed = (await (await answers.get(`${base}/requests.json?service_request_id=${id},F000000-NOSUCH`)).json()) as Json[];
    expect(listed.map((r) => r.service_request_id)).toEqual([id]);
    await answers.get(`${base}/requests.xml?status=open&service_code=problem-hazard`);
    const firstPage = (await (await answers.get(`${base}/requests.json?page_size=2&page=1`)).json()) as Json[];
    const secondPage = (await (await answers.get(`${base}/requests.json?page_size=2&page=2`)).json()) as Json[];
    expect(firstPage).toHaveLength(2);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(firstPage.map((r) => r.service_request_id)).not.toContain(secondPage[0]!.service_request_id);
    // Without a page_size the standard's limit holds: at most 1000.
    const newest = (await (await answers.get(`${base}/requests.json`)).json()) as Json[];
    expect(newest.length).toBeLessThanOrEqual(1000);

    // The standard's errors: a list of {code, description}, the code the HTTP status.
    expect(await (await post("json", { service_code: "problem-nothing" }, 404)).json()).toEqual([
      { code: 404, description: "service_code: not found" },
    ]);
    const missing = (await (await post("json", { "attribute[subject]": "" }, 400)).json()) as Json[];
    expect(missing).toEqual([{ code: 400, description: "attribute[subject]: Enter this information" }]);
    const badKey = await (await post("xml", { api_key: "sc_wrong" }, 403)).text();
    expect(badKey).toMatch(/<errors><error><code>403<\/code><description>api_key: [^<]+<\/description><\/error><\/errors>/);
    expect(await (await answers.get(`${base}/requests/F000000-NOSUCH.json`, 404)).json()).toEqual([
      { code: 404, description: "service_request_id: not found" },
    ]);
    expectElements(await (await answers.get(`${base}/services/problem-nothing.xml`, 404)).text(), [
      "errors",
      "error",
      "code",
      "description",
    ]);
    await answers.get(`${base}/requests.json?page_size=5000`, 400);
    await answers.get(`${base}/requests.json?start_date=yesterday`, 400);
    await answers.get(`${base}/nothing.json`, 404);
    expect(await (await answers.get(`${base}/requests.json?jurisdiction_id=elsewhere.example`, 400)).json()).toEqual([
      { code: 400, description: expect.stringMatching(/^jurisdiction_id: /) },
    ]);

    // No answer holds a resident's phone or e-mail: ours, the demo residents', anyone's on a request.
    const people = await sql<{ value: string }[]>`
      select contact_phone as value from requests where contact_phone <> ''
      union select contact_email from requests where contact_email <> ''
      union select email from users where role = 'resident'`;
    const secrets = new Set([contact.email, contact.phone, ...people.map((p) => p.value.toLowerCase())]);
    expect(secrets.size).toBeGreaterThan(10);
    const candidates = answers.bodies.flatMap((body) => body.toLowerCase().match(/[\w.+-]+@[\w-]+(\.[\w-]+)+|\d{7,}/g) ?? []);
    expect(candidates.filter((candidate) => secrets.has(candidate))).toEqual([]);
    for (const body of answers.bodies)
      for (const secret of [contact.email, contact.phone, `tester ${tag}`]) expect(body.toLowerCase()).not.toContain(secret);
  } finally {
    await sql.end();
  }
});
