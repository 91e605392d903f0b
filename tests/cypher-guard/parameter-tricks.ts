// The parameter-name tricks of issue 10: a parameter name that starts with a digit hid the next
// keyword from the guard, while LadybugDB read `$1` and then the keyword (and so read files).

/** Each trick as the WHERE tail of `UNWIND [1] AS x WITH x WHERE x = …`; `runsOnLadybug`: the engine runs it. */
export interface ParameterTrick {
  id: string;
  tail: (file: string) => string;
  runsOnLadybug: boolean;
}

const load = (param: string) => (file: string) =>
  `${param}LOAD FROM '${file}' (file_format='csv', header=false, delim=':') RETURN column0 LIMIT 3`;

export const PARAMETER_TRICKS: readonly ParameterTrick[] = [
  { id: "$1LOAD FROM", tail: load("$1"), runsOnLadybug: true },
  { id: "$0LOAD FROM", tail: load("$0"), runsOnLadybug: true },
  { id: "$123LOAD FROM", tail: load("$123"), runsOnLadybug: true },
  { id: "$1lOaD FROM", tail: (file) => load("$1")(file).replace("LOAD", "lOaD"), runsOnLadybug: true },
  { id: "$1/*c*/LOAD FROM", tail: load("$1/*c*/"), runsOnLadybug: true },
  { id: "$1//c LOAD FROM", tail: load("$1//c\n"), runsOnLadybug: true },
  { id: "$1 LOAD FROM", tail: load("$1 "), runsOnLadybug: true },
  { id: "$`1`LOAD FROM", tail: load("$`1`"), runsOnLadybug: false },
  { id: "$0xLOAD FROM", tail: load("$0x"), runsOnLadybug: false },
  { id: "$0x1fLOAD FROM", tail: load("$0x1f"), runsOnLadybug: false },
  { id: "$01LOAD FROM", tail: load("$01"), runsOnLadybug: false },
  { id: "$1_LOAD FROM", tail: load("$1_"), runsOnLadybug: false },
  { id: "$١LOAD FROM (Arabic-Indic digit)", tail: load("$١"), runsOnLadybug: false },
  { id: "$1١LOAD FROM", tail: load("$1١"), runsOnLadybug: false },
  { id: "$1CALL current_setting", tail: () => "$1CALL current_setting('threads') RETURN *", runsOnLadybug: true },
  {
    id: "$1/**/CALL current_setting",
    tail: () => "$1/**/CALL current_setting('threads') RETURN *",
    runsOnLadybug: true,
  },
  {
    id: "$1CALL show_attached_databases",
    tail: () => "$1CALL show_attached_databases() RETURN *",
    runsOnLadybug: true,
  },
  {
    id: "$0CALL show_attached_databases",
    tail: () => "$0CALL show_attached_databases() RETURN *",
    runsOnLadybug: true,
  },
  {
    id: "$1 CALL show_attached_databases",
    tail: () => "$1 CALL show_attached_databases() RETURN *",
    runsOnLadybug: true,
  },
];

export const trickQuery = (trick: ParameterTrick, file: string): string =>
  `UNWIND [1] AS x WITH x WHERE x = ${trick.tail(file)}`;

/** The parameters the request sent along, covering every name a trick uses. */
export const TRICK_PARAMS = { "0": 1, "1": 1, "123": 1 };
