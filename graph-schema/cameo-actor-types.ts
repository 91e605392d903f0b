// CAMEO actor role/type codes (GDELT's CAMEO.type.txt): the third-to-ninth letters of an actor
// code (RUSGOV = Russia + GOV). Which of them stand for the state itself is decided here, once.

export const CAMEO_ACTOR_TYPES: Readonly<Record<string, string>> = {
  AGR: "Agriculture",
  AMN: "Amnesty International",
  BUS: "Business",
  COP: "Police forces",
  CRM: "Criminal",
  CVL: "Civilian",
  DEV: "Development",
  EDU: "Education",
  ELI: "Elites",
  ENV: "Environmental",
  GOV: "Government",
  GRP: "Greenpeace",
  HLH: "Health",
  HRI: "Human Rights",
  IGO: "Inter-Governmental Organization",
  IMG: "International Militarized Group",
  INS: "Insurgents",
  INT: "International/Transnational Generic",
  IRC: "Red Cross",
  JUD: "Judiciary",
  LAB: "Labor",
  LEG: "Legislature",
  MED: "Media",
  MIL: "Military",
  MNC: "Multinational Corporation",
  MOD: "Moderate",
  NGM: "Non-Governmental Movement",
  NGO: "Non-Governmental Organization",
  OPP: "Political Opposition",
  PKO: "Peacekeepers",
  RAD: "Radical",
  REB: "Rebels",
  REF: "Refugees",
  SEP: "Separatist Rebels",
  SET: "Settler",
  SPY: "State Intelligence",
  UAF: "Unaligned Armed Forces",
  UIS: "Unidentified State Actor",
  UNO: "United Nations",
};

/**
 * Roles that are the state acting as such: our graph, like the articles it is built from, writes
 * "Russia" for the Russian government ("Moscow", "the Kremlin" are aliases of the State).
 */
export const STATE_ITSELF_ROLES: ReadonlySet<string> = new Set(["GOV"]);
