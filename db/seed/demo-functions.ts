/**
 * What each demo unit does, for the organisation-and-functions section of
 * /transparency (机构职能): by slug for the bureau, offices and brigades, by
 * kind for the stations and work stations.
 */
type Functions = { zh: string; en: string };

export const FUNCTIONS_BY_SLUG: Record<string, Functions> = {
  bureau: {
    zh: "在县委、县政府和上级公安机关领导下，负责全县社会治安管理、刑事案件侦查、交通管理、户籍管理和出入境证件受理等公安工作。",
    en: "Under the county government and the higher police authorities, keeps public order in the county, investigates crime, manages traffic, keeps household registers and takes applications for travel documents.",
  },
  "command-centre": {
    zh: "24 小时接处 110 报警，统一指挥调度警力，处置突发事件。",
    en: "Takes 110 calls around the clock, dispatches officers and coordinates the response to emergencies.",
  },
  "political-department": {
    zh: "负责队伍建设、教育培训、警务督察和群众投诉的受理核查。",
    en: "Looks after staff, training and police inspection, and checks complaints from the public.",
  },
  "logistics-office": {
    zh: "负责经费、装备、营房和信息化建设保障。",
    en: "Provides funding, equipment, buildings and information systems.",
  },
  "legal-brigade": {
    zh: "负责执法监督、案件审核、行政复议应诉和执法公开。",
    en: "Oversees law enforcement, reviews cases, handles administrative reconsideration and publishes enforcement information.",
  },
  "criminal-brigade": {
    zh: "负责刑事案件侦查、现场勘查和追逃工作。",
    en: "Investigates crimes, examines crime scenes and tracks down fugitives.",
  },
  "traffic-brigade": {
    zh: "负责道路交通秩序管理、交通事故处理、机动车和驾驶人管理。",
    en: "Keeps traffic moving safely, deals with road accidents, and registers vehicles and drivers.",
  },
  "public-order-brigade": {
    zh: "负责治安管理、特种行业和公共场所管理、大型活动安保。",
    en: "Keeps public order, supervises regulated trades and public places, and secures large events.",
  },
  "patrol-brigade": {
    zh: "负责街面巡逻、武装处置和应急救援。",
    en: "Patrols the streets, responds to armed incidents and helps in emergencies.",
  },
  "narcotics-brigade": {
    zh: "负责禁毒宣传、毒品案件侦查和吸毒人员管控。",
    en: "Prevents drug use, investigates drug cases and supervises people in treatment.",
  },
  "cyber-brigade": { zh: "负责网络安全监督检查和网络违法犯罪打击。", en: "Checks network security and fights crime online." },
  "economic-crime-brigade": {
    zh: "负责经济犯罪案件侦查，防范和打击电信网络诈骗、非法集资。",
    en: "Investigates economic crime, and prevents and fights phone and online fraud and illegal fund-raising.",
  },
};

export const FUNCTIONS_BY_KIND: Record<string, Functions> = {
  station: {
    zh: "负责辖区治安管理、户籍和居住证办理、矛盾纠纷调解、社区警务和群众求助。",
    en: "Keeps order in its area, handles household registration and residence permits, settles disputes, runs community policing and helps residents in difficulty.",
  },
  work_station: {
    zh: "派出所在乡村的警务工作站，就近受理群众求助、调解纠纷、开展治安巡逻。",
    en: "The station's outpost in the countryside: takes residents' requests nearby, settles disputes and patrols the villages.",
  },
};
