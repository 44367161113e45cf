// Field definitions of the demo services that take applications online
// (checked by domain/services/field-definition.ts when the seed runs its test).

type Option = { value: string; labelZh: string; labelEn: string };
type Field = { type: string; name: string; labelZh: string; labelEn: string; required?: boolean; [key: string]: unknown };

const f = (type: string, name: string, labelZh: string, labelEn: string, extra: Record<string, unknown> = {}): Field => ({
  type,
  name,
  labelZh,
  labelEn,
  ...extra,
});
const opt = (value: string, labelZh: string, labelEn: string): Option => ({ value, labelZh, labelEn });

const applicantId = f("idCard", "idNumber", "身份证号码", "ID card number");
const village = f("area", "village", "居住地村（社区）", "Village or community you live in");
const idPhoto = f("file", "idPhoto", "身份证正反面照片", "Photo of both sides of the ID card");

export const demoServiceForms: Record<string, Field[]> = {
  "residence-permit": [
    applicantId,
    village,
    f("text", "address", "居住地址", "Address where you live", { maxLength: 120 }),
    f("date", "since", "开始居住日期", "Living there since", { when: "past" }),
    f("choice", "basis", "居住证明类型", "Proof of residence", {
      options: [
        opt("work", "合法稳定就业", "Stable employment"),
        opt("home", "合法稳定住所", "Stable home"),
        opt("study", "连续就读", "Studies"),
      ],
    }),
    idPhoto,
    f("file", "proof", "居住证明材料", "Proof of residence (lease, employment or school certificate)"),
  ],
  "no-criminal-record": [
    applicantId,
    village,
    f("choice", "purpose", "证明用途", "What the certificate is for", {
      options: [
        opt("work", "就业", "Employment"),
        opt("study", "升学", "Studies"),
        opt("visa", "出国（境）", "Travel abroad"),
        opt("other", "其他", "Other"),
      ],
    }),
    f("text", "receiver", "接收单位", "Organisation that asked for it", { maxLength: 80 }),
    idPhoto,
  ],
  "temporary-id-card": [
    applicantId,
    village,
    f("choice", "reason", "申领原因", "Reason", {
      options: [
        opt("lost", "身份证丢失", "ID card lost"),
        opt("renewal", "换领期间", "Card being renewed"),
        opt("damaged", "证件损坏", "Card damaged"),
      ],
    }),
    f("file", "photo", "近期免冠照片", "Recent passport-style photo"),
  ],
  "dog-registration": [
    applicantId,
    village,
    f("text", "dogName", "犬名", "Dog's name", { maxLength: 30 }),
    f("text", "breed", "品种", "Breed", { maxLength: 40 }),
    f("date", "vaccinated", "狂犬疫苗接种日期", "Date of rabies vaccination", { when: "past" }),
    f("file", "vaccineCertificate", "狂犬疫苗接种证明", "Rabies vaccination certificate"),
    f("file", "dogPhoto", "犬只正面照片", "Photo of the dog from the front"),
  ],
  "event-permit": [
    f("text", "organiser", "承办单位", "Organiser", { maxLength: 80 }),
    f("text", "eventName", "活动名称", "Name of the event", { maxLength: 80 }),
    f("date", "eventDate", "活动日期", "Date of the event", { when: "future" }),
    f("text", "venue", "活动场所", "Venue", { maxLength: 120 }),
    f("choice", "size", "预计人数", "Expected attendance", {
      options: [opt("1000", "1000—5000人", "1,000 to 5,000"), opt("5000", "5000人以上", "over 5,000")],
    }),
    f("longText", "securityPlan", "安全工作方案概要", "Summary of the security plan", { maxLength: 2000 }),
    f("phone", "organiserPhone", "承办单位联系电话", "Organiser's phone"),
    f("file", "planDocument", "安全工作方案", "Security plan (PDF)"),
  ],
  "temporary-plates": [
    applicantId,
    f("text", "vin", "车辆识别代号", "Vehicle identification number (VIN)", { maxLength: 17 }),
    f("choice", "use", "申领事由", "Reason", {
      options: [
        opt("new", "新车上路", "New vehicle"),
        opt("transfer", "转籍", "Moving registration"),
        opt("inspection", "检验", "Inspection"),
      ],
    }),
    f("file", "invoice", "购车发票", "Purchase invoice"),
    f("file", "insurance", "交强险保单", "Compulsory insurance policy"),
  ],
  "hukou-transfer-in": [
    applicantId,
    village,
    f("text", "fromPlace", "迁出地", "Where the hukou moves from", { maxLength: 80 }),
    f("choice", "basis", "迁入类别", "Basis of the move", {
      options: [
        opt("house", "购房落户", "Own home"),
        opt("family", "投靠亲属", "Joining family"),
        opt("work", "工作调动", "Work transfer"),
      ],
    }),
    f("longText", "family", "随迁人员", "Family members moving with you", { maxLength: 500, required: false }),
    f("file", "hukouBook", "户口簿照片", "Photo of the household register"),
  ],
  "hotel-licence": [
    f("text", "business", "旅馆名称", "Name of the hotel", { maxLength: 80 }),
    f("text", "address", "经营地址", "Address", { maxLength: 120 }),
    applicantId,
    f("text", "rooms", "客房数量", "Number of rooms", { maxLength: 6 }),
    f("phone", "businessPhone", "联系电话", "Phone"),
    f("file", "businessLicence", "营业执照", "Business licence"),
    f("file", "fireCheck", "消防安全检查合格证明", "Fire safety certificate"),
  ],
  "id-card-lost-report": [
    applicantId,
    village,
    f("date", "lostOn", "丢失日期", "Date lost", { when: "past" }),
    f("text", "where", "丢失地点", "Where it was lost", { maxLength: 80, required: false }),
  ],
};
